// The production server: adapter-node's handler inside a plain Node HTTP server, so that
// security headers and compression apply to every response – pages, errors, redirects and the
// static files that adapter-node serves without passing through SvelteKit's hooks.
import compression from 'compression';
import { createServer } from 'node:http';
import { handler } from '../build/handler.js';
import { securityHeaders } from './security-headers.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const headers = securityHeaders(process.env);
// Precompressed static files are served as they are; pages and JSON are compressed on the fly.
const compress = compression({ threshold: 1024 });

const server = createServer((req, res) => {
	for (const [name, value] of headers(req)) res.setHeader(name, value);
	compress(req, res, () => {
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
});

server.listen(port, host, () => {
	console.log(`Listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
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
	setTimeout(
		() => server.closeAllConnections(),
		Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000
	).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
