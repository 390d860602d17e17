import type { RequestEvent } from '@sveltejs/kit';
import type { QuizContent } from '$lib/content';
import { quizById } from './quizzes';
import { findCampaign } from './campaigns';
import { darkVariant } from './color';
import { getDb } from './db';
import { unknownCampaign } from './errors';
import type { Campaign } from './db/schema';

export interface CampaignContext {
	campaign: Campaign;
	quiz: QuizContent;
}

/**
 * The campaign of this request's `[slug]`, looked up once per request: the layout, the page and
 * the dashboard check all share the same promise in `event.locals`. Unknown campaigns (and a
 * campaign whose quiz is gone) are `null`.
 */
export function lookUpCampaign(
	event: Pick<RequestEvent<{ slug: string }>, 'params' | 'locals'>
): Promise<CampaignContext | null> {
	event.locals.campaign ??= (async () => {
		const campaign = await findCampaign(await getDb(), event.params.slug);
		const quiz = campaign && quizById(campaign.quiz_id);
		return campaign && quiz ? { campaign, quiz } : null;
	})();
	return event.locals.campaign;
}

/** The campaign of this request, or the friendly 404 that unknown campaigns and wrong keys share. */
export async function requireCampaign(
	event: Pick<RequestEvent<{ slug: string }>, 'params' | 'locals'>
): Promise<CampaignContext> {
	const found = await lookUpCampaign(event);
	if (!found) unknownCampaign();
	return found;
}

/**
 * What every campaign page may show: never the id, never the key hash. The name is the
 * consultant's (sentences use it: "Sprich mit Anna Beispiel über dein Ergebnis"), the
 * organisation is shown beside it where there is room.
 */
export function publicCampaign(campaign: Campaign) {
	return {
		slug: campaign.slug,
		name: campaign.name,
		organisation: campaign.organisation,
		welcome: campaign.welcome,
		contactUrl: campaign.contact_url,
		/** How German texts address the participants (du or Sie). */
		address: campaign.address,
		// Stored values passed the form's #rrggbb check; checked again because they end up in CSS.
		accent:
			campaign.accent && /^#[0-9a-f]{6}$/.test(campaign.accent)
				? { light: campaign.accent, dark: darkVariant(campaign.accent) }
				: null
	};
}
