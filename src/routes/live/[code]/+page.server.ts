import { redirect } from '@sveltejs/kit';
import { normalizeJoinCode } from '$lib/live/join-code';
import { localizeHref } from '$lib/paraglide/runtime';
import { sessionForCode } from '$lib/server/live/context';
import { endedWorkshop, fullWorkshop } from '$lib/server/live/errors';
import { notifyLive } from '$lib/server/live';
import { isExpired, joinSession } from '$lib/server/live/sessions';
import type { PageServerLoad } from './$types';

/**
 * `/live/<CODE>` (the QR code) joins at once: a new random token, and on to the participant's
 * page, whose URL is their only identity. Nothing is stored on the device.
 */
export const load = (async ({ params, request }) => {
	const canonical = normalizeJoinCode(params.code);
	if (canonical && canonical !== params.code) redirect(308, localizeHref(`/live/${canonical}`));
	// A HEAD request (a link checker, a preview) does not join: only a browser opening the page.
	if (request.method !== 'GET') redirect(303, localizeHref(`/live?code=${params.code}`));
	const { db, session } = await sessionForCode(params.code);
	if (session.status === 'ended' || isExpired(session)) endedWorkshop();
	const token = await joinSession(db, session.id);
	if (!token) {
		// Either it ended in the meantime, or it is full.
		const reread = await sessionForCode(params.code);
		if (reread.session.status === 'ended' || isExpired(reread.session)) endedWorkshop();
		fullWorkshop();
	}
	await notifyLive(session.id, 'count');
	redirect(303, localizeHref(`/live/${session.code}/${token}`));
}) satisfies PageServerLoad;
