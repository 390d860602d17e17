import { publicCampaign, requireCampaign } from '$lib/server/campaign-context';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ params }) => {
	const { campaign } = await requireCampaign(params.slug);
	return { campaign: publicCampaign(campaign) };
}) satisfies LayoutServerLoad;
