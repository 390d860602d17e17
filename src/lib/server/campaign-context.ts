import { quizById, type QuizContent } from '$lib/content';
import { findCampaign } from './campaigns';
import { darkVariant } from './color';
import { getDb } from './db';
import { unknownCampaign } from './errors';
import type { Campaign } from './db/schema';

/** The campaign behind a slug, or the friendly 404 that unknown campaigns and wrong keys share. */
export async function requireCampaign(
	slug: string
): Promise<{ campaign: Campaign; quiz: QuizContent }> {
	const campaign = await findCampaign(await getDb(), slug);
	const quiz = campaign && quizById(campaign.quiz_id);
	if (!campaign || !quiz) unknownCampaign();
	return { campaign, quiz };
}

/** What every campaign page may show: never the id, never the key hash. */
export function publicCampaign(campaign: Campaign) {
	return {
		slug: campaign.slug,
		name: campaign.name,
		welcome: campaign.welcome,
		contactUrl: campaign.contact_url,
		// Stored values passed the form's #rrggbb check; checked again because they end up in CSS.
		accent:
			campaign.accent && /^#[0-9a-f]{6}$/.test(campaign.accent)
				? { light: campaign.accent, dark: darkVariant(campaign.accent) }
				: null
	};
}
