import { fail } from '@sveltejs/kit';
import { defaultQuiz } from '$lib/content';
import { localizeHref } from '$lib/paraglide/runtime';
import { parseCampaignForm } from '$lib/server/campaign-form';
import { createCampaign } from '$lib/server/campaigns';
import { getDb } from '$lib/server/db';
import { qrPath } from '$lib/server/qr';
import { consume } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ url }) => ({
	deleted: url.searchParams.has('geloescht')
})) satisfies PageServerLoad;

export const actions = {
	/** Creates a campaign; the answer is the only place the dashboard key ever appears. */
	create: async (event) => {
		await consume(event, 'campaigns');
		const form = await event.request.formData();
		const parsed = parseCampaignForm(form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });

		const db = await getDb();
		const { slug, key } = await createCampaign(db, { quizId: defaultQuiz.id, ...parsed.data });
		// The secret page must not leak through the Referer header of any link on it.
		event.setHeaders({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
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
