import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { localizeHref } from '$lib/paraglide/runtime';
import { config, ConfigError } from '$lib/server/config';
import { writeAllCompletions } from '$lib/server/comparison';
import { closeDb, describeDatabase, getDb } from '$lib/server/db';
import {
	classifyFailure,
	databaseUnavailable,
	storageFull,
	unusableInput
} from '$lib/server/db/errors';
import { embedFraming } from '$lib/server/embed-frame';
import { logThrottled, logger } from '$lib/server/log';
import { newRequestId, reportRoute } from '$lib/server/request-context';
import { startLiveSweeps } from '$lib/server/live';
import { checkFingerprints, QuizFileError, quizzes } from '$lib/server/quizzes';

/**
 * Validates the settings and the quiz files and opens the database (running migrations) before
 * the first request is served. A wrong setting, a bad quiz file, a quiz changed without a new
 * version or a database that cannot be reached is one clear message and exit status 1, not a
 * server that answers 500s.
 */
export const init: ServerInit = async () => {
	try {
		config();
		quizzes();
	} catch (error) {
		if (!(error instanceof ConfigError || error instanceof QuizFileError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
	try {
		await checkFingerprints(await getDb(), quizzes());
	} catch (error) {
		if (error instanceof QuizFileError) {
			console.error(error.message);
			process.exit(1);
		}
		const reason = error instanceof Error ? error.message : String(error);
		logger().fatal(`Cannot open the database (${describeDatabase()}): ${reason}`);
		process.exit(1);
	}
	// Comparison counts wait up to WRITE_INTERVAL_MS in memory: written before the database closes.
	process.once('sveltekit:shutdown', () => void writeAllCompletions().finally(closeDb));
	// Workshop answers per participant never outlive their session's 12 hours.
	startLiveSweeps();
};

/**
 * The request's id (the server wrapper sets it; `vite dev` has none) goes back as a response
 * header; the route id goes to the wrapper's request log, which never sees the URL's query.
 */
const requestContext: Handle = async ({ event, resolve }) => {
	event.locals.requestId = event.request.headers.get('x-request-id') ?? newRequestId();
	// A sub-request (the refused-form page) shares the platform: the log keeps the outer route.
	if (!event.isSubRequest) reportRoute(event.platform?.req, event.route.id);
	const response = await resolve(event);
	if (!response.headers.has('x-request-id')) {
		try {
			response.headers.set('x-request-id', event.locals.requestId);
		} catch {
			// A fetched response with immutable headers: the wrapper sets it anyway.
		}
	}
	return response;
};

/**
 * A path that starts with `//` is nobody's link (`//x/..`, `//evil.example/%2e%2e` sent with
 * `--path-as-is`), and to URL helpers it reads as another host. Redirect to the same path with
 * one slash before anything else looks at it.
 */
const collapseSlashes: Handle = ({ event, resolve }) => {
	const { pathname, search } = event.url;
	if (!pathname.startsWith('//')) return resolve(event);
	return Promise.resolve(
		new Response(null, {
			status: 308,
			headers: { location: '/' + pathname.replace(/^\/+/, '') + search }
		})
	);
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * SvelteKit's origin check, done here so that a refused form gets the app's own error page in
 * the page's language (Kit's check answers a bare English line; `kit.csrf` is switched off in
 * svelte.config.js for that reason only). Same rule as Kit's: a form-encoded unsafe request
 * whose `Origin` is not this request's origin is refused with 403.
 */
const sameOriginForms: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
	if (
		!UNSAFE_METHODS.has(request.method) ||
		!FORM_TYPES.includes(type) ||
		request.headers.get('origin') === url.origin
	) {
		return resolve(event);
	}
	logger().info(
		{ reqId: event.locals.requestId, route: event.route.id, method: request.method },
		'cross-site form refused'
	);
	if (request.headers.get('accept') === 'application/json') {
		return json({ message: 'Cross-site form submissions are forbidden' }, { status: 403 });
	}
	// Render the error page through the app (layout, this page's language, CSP) and answer with it.
	const page = localizeHref(`/abgelehnt?seite=${encodeURIComponent(url.pathname)}`);
	const rendered = await event.fetch(page, {
		headers: { 'x-request-id': event.locals.requestId, accept: 'text/html' }
	});
	const headers = new Headers(rendered.headers);
	headers.set('cache-control', 'no-store');
	return new Response(rendered.body, { status: 403, headers });
};

/** Sets the language from the URL for this request and writes it into `<html lang>`. */
const language: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

/**
 * Failures that are not bugs (see handleError) change the status of the 500 Kit would send:
 * 503 with Retry-After when the database or its disk is unavailable, 400 for refused input.
 */
const statusFromFailure: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const failure = event.locals.failure;
	if (response.status !== 500 || !failure || failure === 'client-abort') return response;
	const headers = new Headers(response.headers);
	if (failure === 'input') return new Response(response.body, { status: 400, headers });
	headers.set('retry-after', failure === 'storage' ? '120' : '30');
	return new Response(response.body, { status: 503, headers });
};

/**
 * Headers a page does not need: Kit's Link header repeats the module list the page's <head>
 * already holds (half a kilobyte, uncompressed on HTTP/1.1), `x-sveltekit-page` is read by
 * nothing here, and an ETag never matches (every page carries a fresh CSP nonce).
 */
const leanPageHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.delete('link');
		response.headers.delete('x-sveltekit-page');
		response.headers.delete('etag');
	}
	return response;
};

export const handle = sequence(
	requestContext,
	collapseSlashes,
	leanPageHeaders,
	embedFraming,
	language,
	sameOriginForms,
	statusFromFailure
);

/**
 * Logs what went wrong, once, with the request id; the visitor sees a safe message and the id.
 * Failures of the surroundings (database gone, disk full) are logged at most once a minute.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = event.locals.requestId ?? newRequestId();
	const context = { reqId: id, method: event.request.method, route: event.route.id };
	const failure = classifyFailure(error, event.request);
	event.locals.failure = failure;
	const reason = error instanceof Error ? error.message : String(error);
	switch (failure) {
		case 'client-abort':
			logger().info(context, 'client closed the connection before the request was complete');
			return { message, id };
		case 'database':
			logThrottled('database', 'error', { ...context, reason }, 'database unavailable');
			return { ...databaseUnavailable(), id };
		case 'storage':
			logThrottled(
				'storage',
				'error',
				{ ...context, reason },
				'storage full: nothing can be saved'
			);
			return { ...storageFull(), id };
		case 'input':
			logger().warn({ ...context, reason }, 'input refused by the database');
			return { ...unusableInput(), id };
	}
	if (status >= 500) logger().error({ ...context, err: error }, 'unhandled error');
	return { message, id };
};
