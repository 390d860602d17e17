// The production server: adapter-node's handler inside a plain Node HTTP server, so that
// security headers, compression, request ids, the request log and timeouts apply to every
// response – pages, errors, redirects, the static files that adapter-node serves without
// passing through SvelteKit's hooks, and the HTTP parser's own refusals.
import compression from 'compression';
import { randomBytes } from 'node:crypto';
import { STATUS_CODES, createServer } from 'node:http';
import { constants as zlibConstants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createLogger, throttled } from './log.js';
import { originFromSocket, reachableAt } from './origin.js';
import { allowsFraming, isBuildAsset, securityHeaders } from './security-headers.js';
import { parseServerSettings } from './settings.js';
import { staticFiles } from './static-files.js';

/** @type {import('./settings.js').ServerSettings} */
let settings;
try {
	settings = parseServerSettings(process.env);
} catch (error) {
	console.error(/** @type {Error} */ (error).message);
	process.exit(1);
}
const log = createLogger(settings.LOG_LEVEL);
const logLimited = throttled(log);

// A crash is still a crash (systemd restarts the service), but its last words are a log line.
process.on('uncaughtException', (error) => {
	log.fatal({ err: error }, 'uncaught exception; exiting');
	process.exit(1);
});
process.on('unhandledRejection', (reason) => {
	log.fatal({ err: reason }, 'unhandled promise rejection; exiting');
	process.exit(1);
});

// Without a configured origin, the socket's protocol decides it (see origin.js); adapter-node
// reads its settings when its handler is imported, so they are set before that.
const fromSocket = originFromSocket(settings);
if (fromSocket) Object.assign(process.env, fromSocket.env);
process.env.BODY_SIZE_LIMIT = settings.BODY_SIZE_LIMIT;
const { handler } = await import('../build/handler.js');

/** Where the app leaves a request's route id for the log (src/lib/server/request-context.ts). */
const ROUTE_ID = Symbol.for('social-media-check.route-id');
const HEALTH_ROUTES = new Set(['/healthz', '/readyz']);

const headers = securityHeaders({
	...settings,
	PROTOCOL_HEADER: process.env.PROTOCOL_HEADER
});
const isStaticFile = staticFiles(fileURLToPath(new URL('../build/client', import.meta.url)));
// Precompressed static files are served as they are; pages and JSON are compressed on the fly.
// Brotli quality 6 instead of the middleware's 4: about 7 % smaller pages for 0.05 ms more each.
// A 256 KB window instead of 4 MB: the same bytes for pages up to that size (the largest, a
// dashboard with 200 shares, is about 220 KB), and a quarter less time per page, most of it spent
// setting up and freeing the encoder (0.28 → 0.22 ms for a question page).
const compress = compression({
	threshold: 1024,
	brotli: {
		params: {
			[zlibConstants.BROTLI_PARAM_QUALITY]: 6,
			[zlibConstants.BROTLI_PARAM_LGWIN]: 18
		}
	}
});

/**
 * Drops ETag and Last-Modified from the answer (adapter-node's file server passes them to
 * writeHead in one object, or as single headers once the compression middleware has had them).
 * @param {import('node:http').ServerResponse} res
 */
function withoutValidators(res) {
	const writeHead = res.writeHead;
	/** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
		const fields = args.find((a) => a && typeof a === 'object' && !Array.isArray(a));
		if (fields) {
			for (const name of Object.keys(fields)) {
				if (/^(etag|last-modified)$/i.test(name)) delete fields[name];
			}
		}
		// The compression middleware turns that object into single headers before it gets here.
		res.removeHeader('etag');
		res.removeHeader('last-modified');
		return writeHead.apply(this, /** @type {any} */ (args));
	};
}

/**
 * X-Frame-Options follows the page's own policy: when the app answers with a
 * Content-Security-Policy whose frame-ancestors names the sites that may frame it (a campaign's
 * embed pages), the DENY set above is taken off before the headers go out.
 * @param {import('node:http').ServerResponse} res
 */
function frameOptionsFollowPolicy(res) {
	const writeHead = res.writeHead;
	/** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
		const fields = args.find((a) => a && typeof a === 'object' && !Array.isArray(a));
		const name = fields && Object.keys(fields).find((n) => /^content-security-policy$/i.test(n));
		const csp = name ? fields[name] : res.getHeader('content-security-policy');
		if (allowsFraming(typeof csp === 'string' ? csp : undefined))
			res.removeHeader('x-frame-options');
		return writeHead.apply(this, /** @type {any} */ (args));
	};
}

/** @param {string} pathname */
function decodedPath(pathname) {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return pathname;
	}
}

/**
 * Logs each request once, when its response is done or the client went away: id, method, the
 * app's route id (never the URL: its query may hold a dashboard key), status and duration.
 * @param {import('node:http').IncomingMessage & { [ROUTE_ID]?: string | null }} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} reqId
 */
function logWhenDone(req, res, reqId) {
	const started = process.hrtime.bigint();
	res.once('close', () => {
		const route = req[ROUTE_ID] ?? null;
		const fields = {
			reqId,
			method: req.method,
			route,
			status: res.statusCode,
			ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10
		};
		if (!res.writableFinished) Object.assign(fields, { aborted: true });
		// Load balancers ask every few seconds; their answers are worth a line only when asked for.
		log[route && HEALTH_ROUTES.has(route) ? 'debug' : 'info'](fields, 'request');
	});
}

// Small forms and short pages: a client gets seconds, not minutes, to send its request. Node
// checks the limits every `connectionsCheckingInterval` (30 s by default); 1 s keeps them close
// to what is set.
const timeouts = {
	headersTimeout: settings.HEADERS_TIMEOUT * 1000,
	requestTimeout: settings.REQUEST_TIMEOUT * 1000,
	keepAliveTimeout: settings.KEEP_ALIVE_TIMEOUT * 1000,
	connectionsCheckingInterval: 1000
};

const server = createServer(timeouts, (req, res) => {
	fromSocket?.stamp(req);
	const reqId = randomBytes(6).toString('hex');
	req.headers['x-request-id'] = reqId;
	const asset = isBuildAsset(decodedPath((req.url ?? '/').split('?', 1)[0] ?? '/'));
	// Build assets are never the subject of a report: their id stays in the log only.
	if (!asset) res.setHeader('X-Request-Id', reqId);
	for (const [name, value] of headers(req, asset)) res.setHeader(name, value);
	// Immutable files are cached for a year and never revalidated: validators are dead weight.
	if (asset) withoutValidators(res);
	else frameOptionsFollowPolicy(res);
	logWhenDone(req, res, reqId);

	if (req.method !== 'GET' && req.method !== 'HEAD') {
		const pathname = decodedPath((req.url ?? '/').split('?', 1)[0] ?? '/');
		if (isStaticFile(pathname)) {
			res.writeHead(405, {
				allow: 'GET, HEAD',
				connection: 'close',
				'content-type': 'text/plain; charset=utf-8'
			});
			res.end('Method not allowed\n');
			return;
		}
	}

	compress(req, res, () => {
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
});

// Older Node versions take keepAliveTimeout only as a property.
server.keepAliveTimeout = timeouts.keepAliveTimeout;

/**
 * The HTTP parser's own refusals (headers too large, malformed request, too slow) get the same
 * headers as every other answer; Node would otherwise send a bare status line.
 */
server.on('clientError', (error, socket) => {
	const code = /** @type {{ code?: string }} */ (error).code ?? '';
	if (code === 'ECONNRESET' || !socket.writable) {
		socket.destroy();
		return;
	}
	const status =
		code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
	const body = `${STATUS_CODES[status]}\n`;
	const lines = [
		`HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
		...securityHeaderLines(),
		'Content-Type: text/plain; charset=utf-8',
		`Content-Length: ${Buffer.byteLength(body)}`,
		'Connection: close'
	];
	socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
	logLimited(
		`client-error-${status}`,
		'info',
		{ status, reason: code },
		'request refused by the HTTP parser'
	);
});

/** The security headers for an answer without a request object (the parser's refusals). */
function securityHeaderLines() {
	const fake = /** @type {import('node:http').IncomingMessage} */ (
		/** @type {unknown} */ ({ socket: {}, headers: {} })
	);
	return headers(fake).map(([name, value]) => `${name}: ${value}`);
}

server.listen({ port: settings.PORT, host: settings.HOST }, () => {
	const { local, network } = reachableAt(settings.HOST, settings.PORT);
	const where = network.length
		? `${local.join(', ')} and on the local network at ${network.join(', ')}`
		: local.join(', ');
	log.info({ local, network, origin: settings.ORIGIN ?? null }, `Listening on ${where}`);
	// A person at a terminal (a consultant trying it on a phone) also gets it the way Vite prints
	// it; stdout stays one JSON object per line for whatever collects the logs.
	if (process.stderr.isTTY) {
		const lines = [
			...local.map((url) => `  Local:   ${url}`),
			...network.map((url) => `  Network: ${url}`),
			...(settings.ORIGIN ? [`  Public:  ${settings.ORIGIN}`] : [])
		];
		process.stderr.write(`\n${lines.join('\n')}\n\n`);
	}
});

// Graceful shutdown: stop accepting, let SvelteKit close the database, then exit.
let stopping = false;
function shutdown() {
	if (stopping) return;
	stopping = true;
	server.close(() => {
		process.emit('sveltekit:shutdown', 'SIGTERM');
		setTimeout(() => process.exit(0), 200).unref();
	});
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), settings.SHUTDOWN_TIMEOUT * 1000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
