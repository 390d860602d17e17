import { redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { PRESENTER_ACTIONS, type PresenterAction } from '$lib/live/flow';
import { liveTexts } from '$lib/live/texts';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { requireDashboard } from '$lib/server/dashboard-auth';
import { unknownCampaign } from '$lib/server/errors';
import { notifyLive } from '$lib/server/live';
import { advance, readState, sessionById } from '$lib/server/live/sessions';
import { qrPath } from '$lib/server/qr';
import type { Actions, PageServerLoad } from './$types';

type PresenterEvent = RequestEvent<{ slug: string; session: string }>;

/** The campaign's session from the URL; anything else is the dashboard's 404. */
async function presenterSession(event: PresenterEvent) {
	const dashboard = await requireDashboard(event);
	const session = await sessionById(dashboard.db, event.params.session);
	if (!session || session.campaign_id !== dashboard.campaign.id) unknownCampaign();
	return { ...dashboard, session };
}

export const load = (async (event) => {
	const { db, campaign, quiz, session } = await presenterSession(event);
	const state = await readState(db, session, quiz);
	const { origin } = event.url;
	const joinLink = origin + localizeHref(`/live/${session.code}`);
	return {
		code: session.code,
		state,
		texts: liveTexts(quiz, getLocale(), campaign.address),
		join: {
			address: origin + localizeHref('/live'),
			link: joinLink,
			qr: qrPath(joinLink)
		},
		projectorHref: localizeHref(`/live/${session.code}/beamer`),
		csvHref: localizeHref(`/c/${campaign.slug}/live/${session.id}/export.csv`),
		dashboardHref: localizeHref(`/c/${campaign.slug}/auswertung`)
	};
}) satisfies PageServerLoad;

const StepForm = v.object({
	version: v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0))
});

/**
 * One presenter step. The form carries the version it was shown at, so a button pressed twice
 * (or in two tabs) moves the workshop once. Either way the presenter lands on the current state.
 */
async function presenterStep(event: PresenterEvent, action: PresenterAction) {
	const { db, quiz, session, campaign } = await presenterSession(event);
	const form = await event.request.formData().catch(() => null);
	const parsed = v.safeParse(StepForm, { version: form?.get('version') });
	if (parsed.success && (await advance(db, session, action, parsed.output.version, quiz))) {
		await notifyLive(session.id, 'state');
	}
	redirect(303, localizeHref(`/c/${campaign.slug}/live/${session.id}`));
}

export const actions = Object.fromEntries(
	PRESENTER_ACTIONS.map((action) => [
		action,
		(event: PresenterEvent) => presenterStep(event, action)
	])
) satisfies Actions;
