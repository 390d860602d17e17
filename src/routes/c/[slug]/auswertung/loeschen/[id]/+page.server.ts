import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { stripInvisible } from '$lib/server/clean-text';
import { deleteShare, findShare } from '$lib/server/campaigns';
import { requireDashboard } from '$lib/server/dashboard-auth';
import { formatDay } from '../../dashboard-view';
import type { Actions, PageServerLoad } from './$types';

/** The confirmation before one share is deleted: a page of its own, so it works without JavaScript. */
export const load = (async (event) => {
	const { campaign, quiz, db } = await requireDashboard(event);
	const share = await findShare(db, campaign.id, event.params.id);
	if (!share) {
		error(404, {
			heading: m.delete_share_missing_heading(),
			message: m.delete_share_missing_text()
		});
	}
	const locale = getLocale();
	return {
		share: {
			alias: share.alias === null ? null : stripInvisible(share.alias) || null,
			day: formatDay(share.day, locale),
			percent: share.percent,
			band: quiz.bands.find((b) => b.id === share.band)?.name[locale] ?? share.band
		},
		dashboardHref: localizeHref(`/c/${campaign.slug}/auswertung`)
	};
}) satisfies PageServerLoad;

export const actions = {
	/**
	 * Deletes the share. Sent twice (a double click, the back button), the second finds it gone:
	 * the outcome is the same, so both lead back to the dashboard that says it is deleted.
	 */
	delete: async (event) => {
		const { campaign, db } = await requireDashboard(event);
		await deleteShare(db, campaign.id, event.params.id);
		redirect(303, localizeHref(`/c/${campaign.slug}/auswertung?geloescht=1`));
	}
} satisfies Actions;
