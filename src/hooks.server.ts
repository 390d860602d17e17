import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { closeDb, describeDatabase, getDb } from '$lib/server/db';
import { databaseUnavailable, isConnectionError } from '$lib/server/db/errors';
import { startLiveSweeps } from '$lib/server/live';

/**
 * Opens the database and runs migrations before the first request is served. A database that
 * cannot be reached is one clear line and a non-zero exit, not a server that answers 500s.
 */
export const init: ServerInit = async () => {
	try {
		await getDb();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		console.error(`Cannot open the database (${describeDatabase()}): ${reason}`);
		process.exit(1);
	}
	process.once('sveltekit:shutdown', () => void closeDb());
	// Workshop answers per participant never outlive their session's 12 hours.
	startLiveSweeps();
};

/** Sets the language from the URL for this request and writes it into `<html lang>`. */
const language: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

/** A request that failed because the database is gone answers 503 (see handleError). */
const unavailable: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (response.status !== 500 || !event.locals.databaseDown) return response;
	const headers = new Headers(response.headers);
	headers.set('retry-after', '30');
	return new Response(response.body, { status: 503, headers });
};

export const handle = sequence(language, unavailable);

/** Logs the real error with an id; the user sees only a safe message and the id. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = crypto.randomUUID().slice(0, 8);
	if (isConnectionError(error)) {
		event.locals.databaseDown = true;
		console.error(`[${id}] database unavailable: ${(error as Error).message}`);
		return { ...databaseUnavailable(), id };
	}
	if (status >= 500) console.error(`[${id}]`, error);
	return { message, id };
};
