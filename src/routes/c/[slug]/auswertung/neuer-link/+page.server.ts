import { localizeHref } from '$lib/paraglide/runtime';
import { createSession, renewKey } from '$lib/server/campaigns';
import { requireDashboard, setSessionCookie } from '$lib/server/dashboard-auth';
import type { Actions, PageServerLoad } from './$types';

/** The confirmation before the dashboard key is renewed, and the answer that shows the new one. */
export const load = (async (event) => {
	const { campaign } = await requireDashboard(event);
	return { dashboardHref: localizeHref(`/c/${campaign.slug}/auswertung`) };
}) satisfies PageServerLoad;

export const actions = {
	/**
	 * A new secret link; the old one and every other session stop working. The consultant here
	 * stays signed in. The new key exists only in this answer (no-store, same-origin Referer).
	 */
	renew: async (event) => {
		const { campaign, db } = await requireDashboard(event);
		const key = await renewKey(db, campaign.id);
		setSessionCookie(event.cookies, event.url, campaign.slug, await createSession(db, campaign.id));
		return {
			renewedUrl: event.url.origin + localizeHref(`/c/${campaign.slug}/auswertung`) + `?key=${key}`
		};
	}
} satisfies Actions;
