import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { campaignFormValues, parseCampaignForm } from '$lib/server/campaign-form';
import { updateCampaign } from '$lib/server/campaigns';
import { requireDashboard } from '$lib/server/dashboard-auth';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { campaign } = await requireDashboard(event);
	return {
		values: campaignFormValues(campaign),
		dashboardHref: localizeHref(`/c/${campaign.slug}/auswertung`)
	};
}) satisfies PageServerLoad;

export const actions = {
	/** The same fields and checks as creating; the slug, the key and the shares stay. */
	save: async (event) => {
		const { campaign, db } = await requireDashboard(event);
		const form = await event.request.formData().catch(() => new FormData());
		const parsed = parseCampaignForm(form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		await updateCampaign(db, campaign.id, parsed.data);
		redirect(303, localizeHref(`/c/${campaign.slug}/auswertung?gespeichert=1`));
	}
} satisfies Actions;
