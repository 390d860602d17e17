import { quizIntro } from '$lib/flow/quiz-intro';
import { getLocale } from '$lib/paraglide/runtime';
import { requireCampaign } from '$lib/server/campaign-context';
import type { PageServerLoad } from './$types';

/** The campaign's quiz introduced in the campaign's address (the layout has the campaign). */
export const load = (async (event) => {
	const { campaign, quiz } = await requireCampaign(event);
	return { intro: quizIntro(quiz, getLocale(), campaign.address) };
}) satisfies PageServerLoad;
