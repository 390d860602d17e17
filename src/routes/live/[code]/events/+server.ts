import { liveHub, stateReader } from '$lib/server/live';
import { workshopByCode } from '$lib/server/live/context';
import type { RequestHandler } from './$types';

/**
 * The workshop's state as Server-Sent Events: presenter and projector follow every count,
 * phones (`?counts=0`) only the presenter's steps. Public like the projector: it carries nothing
 * the projector would not show.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const { db, session, quiz } = await workshopByCode(params.code);
	const hub = await liveHub();
	return hub.stream(session.id, stateReader(db, session.id, quiz), {
		counts: url.searchParams.get('counts') !== '0'
	});
};
