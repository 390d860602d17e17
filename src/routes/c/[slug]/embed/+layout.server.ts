import { publicCampaign, requireCampaign } from '$lib/server/campaign-context';
import { embeddingNotEnabled } from '$lib/server/embed-frame';
import { embedOrigins } from '$lib/server/embed-origins';
import type { LayoutServerLoad } from './$types';

/**
 * The campaign's quiz for a frame on the consultant's website. Its pages may be framed only by
 * the origins the consultant listed (the header: embed-frame.ts); those are also the only pages
 * the frame's height is posted to.
 */
export const load = (async (event) => {
	const { campaign } = await requireCampaign(event);
	const origins = embedOrigins(campaign.embed_origins);
	if (origins.length === 0) embeddingNotEnabled();
	return { campaign: publicCampaign(campaign), embed: { origins } };
}) satisfies LayoutServerLoad;
