import { liveTexts } from '$lib/live/texts';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { workshopByCode } from '$lib/server/live/context';
import { readState } from '$lib/server/live/sessions';
import { qrPath } from '$lib/server/qr';
import type { PageServerLoad } from './$types';

/**
 * The projector: public (the room sees it anyway), no controls, and only what the presenter has
 * revealed: the state it gets holds a distribution only after "Aufdecken".
 */
export const load = (async ({ params, url }) => {
	const { db, session, campaign, quiz } = await workshopByCode(params.code);
	const joinLink = url.origin + localizeHref(`/live/${session.code}`);
	return {
		code: session.code,
		campaign,
		// The room reads the projector: in the campaign's address (and the layout credits its quiz).
		address: campaign.address,
		sourceTitle: quiz.source.title,
		state: await readState(db, session, quiz),
		texts: liveTexts(quiz, getLocale(), campaign.address),
		join: { address: url.origin + localizeHref('/live'), link: joinLink, qr: qrPath(joinLink) }
	};
}) satisfies PageServerLoad;
