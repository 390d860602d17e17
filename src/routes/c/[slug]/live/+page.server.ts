import { redirect } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { requireDashboard } from '$lib/server/dashboard-auth';
import { isExpired, listSessions, startSession } from '$lib/server/live/sessions';
import type { Actions, PageServerLoad } from './$types';

/** The campaign's workshops: the running one first, then earlier ones with their results. */
export const load = (async (event) => {
	const { campaign, db } = await requireDashboard(event);
	const sessions = await listSessions(db, campaign.id);
	const day = new Intl.DateTimeFormat(getLocale() === 'de' ? 'de-DE' : 'en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short'
	});
	const href = (id: string) => localizeHref(`/c/${campaign.slug}/live/${id}`);
	const running = sessions.find((s) => s.status !== 'ended' && !isExpired(s));
	return {
		running: running ? { code: running.code, href: href(running.id) } : null,
		past: sessions
			.filter((s) => s !== running)
			.map((s) => ({
				id: s.id,
				date: day.format(new Date(s.created_at)),
				joined: Number(s.joined),
				href: href(s.id)
			}))
	};
}) satisfies PageServerLoad;

export const actions = {
	/** "Workshop starten": a new session, or back to the one that runs. */
	start: async (event) => {
		const { campaign, db } = await requireDashboard(event);
		const session = await startSession(db, campaign.id);
		redirect(303, localizeHref(`/c/${campaign.slug}/live/${session.id}`));
	}
} satisfies Actions;
