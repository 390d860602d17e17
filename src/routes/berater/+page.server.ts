import { fail, isHttpError } from '@sveltejs/kit';
import { defaultQuiz } from '$lib/content';
import { localizeHref } from '$lib/paraglide/runtime';
import { parseCampaignForm } from '$lib/server/campaign-form';
import { createCampaign } from '$lib/server/campaigns';
import { SECRET_PAGE_HEADERS } from '$lib/server/dashboard-auth';
import { getDb } from '$lib/server/db';
import { qrPath } from '$lib/server/qr';
import { ensureNotBlocked, recordFailure } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ url }) => ({
	deleted: url.searchParams.has('geloescht')
})) satisfies PageServerLoad;

export const actions = {
	/**
	 * Creates a campaign; the answer is the only place the dashboard key ever appears. Only
	 * campaigns actually created count toward the hourly limit: a form sent back with a typo
	 * costs nothing. Past the limit the form comes back with everything typed still in it.
	 */
	create: async (event) => {
		const form = await event.request.formData().catch(() => new FormData());
		const parsed = parseCampaignForm(form);
		try {
			await ensureNotBlocked(event, 'campaigns');
		} catch (e) {
			// 429 with Retry-After (set by the limiter), as a form answer rather than an error page.
			if (isHttpError(e) && e.status === 429) {
				return fail(429, { limited: true, values: parsed.values, errors: {} });
			}
			throw e;
		}
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });

		const db = await getDb();
		const { slug, key } = await createCampaign(db, { quizId: defaultQuiz.id, ...parsed.data });
		await recordFailure(event, 'campaigns');
		// The page holds the key: no-store, and no Referer to other sites.
		event.setHeaders(SECRET_PAGE_HEADERS);
		const origin = event.url.origin;
		const publicUrl = origin + localizeHref(`/c/${slug}`);
		return {
			created: {
				name: parsed.data.name,
				publicUrl,
				dashboardUrl: origin + localizeHref(`/c/${slug}/auswertung`) + `?key=${key}`,
				qr: qrPath(publicUrl)
			}
		};
	}
} satisfies Actions;
