import { m } from '$lib/paraglide/messages';
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
	const { campaign, quiz } = await requireCampaign(event);
	const origins = embedOrigins(campaign.embed_origins);
	if (origins.length === 0) embeddingNotEnabled();
	return {
		campaign: publicCampaign(campaign),
		// As the campaign's layout (which `@` skips here): its address, its quiz's credit.
		address: campaign.address,
		sourceTitle: quiz.source.title,
		embed: {
			origins,
			// Worded here, as the root layout words the campaign header's: the same messages in the
			// code of this layout and the root layout (or error page) would become chunks of their
			// own, one more request on every page of the site.
			words: {
				impressum: m.footer_impressum(),
				privacy: m.footer_privacy(),
				credit: m.footer_credit({ title: quiz.source.title }),
				error: m.error_title(),
				crashHeading: m.error_500_heading(),
				// The error's id goes in where the page knows it.
				crashText: m.error_500_text({ id: ERROR_ID }),
				restart: m.error_start_quiz()
			}
		}
	};
}) satisfies LayoutServerLoad;

/** Stands for the error's id in `crashText`. */
const ERROR_ID = '{id}';
