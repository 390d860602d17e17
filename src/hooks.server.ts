import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { closeDb, getDb } from '$lib/server/db';

/** Opens the database and runs migrations before the first request is served. */
export const init: ServerInit = async () => {
	await getDb();
	process.once('sveltekit:shutdown', () => void closeDb());
};

/** Sets the language from the URL for this request and writes it into `<html lang>`. */
const language: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

export const handle = sequence(language);

/** Logs the real error with an id; the user sees only a safe message and the id. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	const id = crypto.randomUUID().slice(0, 8);
	if (status >= 500) console.error(`[${id}]`, error);
	return { message, id };
};
