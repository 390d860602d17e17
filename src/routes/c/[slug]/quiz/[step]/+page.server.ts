import { requireCampaign } from '$lib/server/campaign-context';
import { loadQuestion } from '$lib/flow/quiz-flow';
import { countOnCompletion } from '$lib/server/completion';
import type { PageServerLoad } from './$types';

/** The same flow as /quiz, inside the campaign: results land on the campaign's results page. */
export const load = (async (event) => {
	const { campaign, quiz } = await requireCampaign(event);
	const base = `/c/${event.params.slug}`;
	const paths = { base: `${base}/quiz`, resultBase: `${base}/ergebnis` };
	return loadQuestion(quiz, paths, event, countOnCompletion(event, quiz), campaign.address);
}) satisfies PageServerLoad;
