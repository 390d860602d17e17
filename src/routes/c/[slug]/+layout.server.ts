import { publicCampaign, requireCampaign } from '$lib/server/campaign-context';
import { requireDashboard } from '$lib/server/dashboard-auth';
import type { LayoutServerLoad } from './$types';

export const load = (async (event) => {
	// On the dashboard its door answers first (a blocked address gets its 429 there whether the
	// campaign exists or not); both checks share this request's single campaign look-up.
	const dashboard = event.route.id?.startsWith('/c/[slug]/auswertung');
	const { campaign, quiz } = dashboard
		? await requireDashboard(event)
		: await requireCampaign(event);
	return {
		campaign: publicCampaign(campaign),
		// Every page of the campaign (its error pages too) speaks in its address and credits its quiz.
		address: campaign.address,
		sourceTitle: quiz.source.title
	};
}) satisfies LayoutServerLoad;
