import { loadQuestion } from '$lib/flow/quiz-flow';
import { requireCampaign } from '$lib/server/campaign-context';
import { countOnCompletion } from '$lib/server/completion';
import type { PageServerLoad } from './$types';

/** The campaign's flow inside the frame: every step and the result stay on embed pages. */
export const load = (async (event) => {
	const { campaign, quiz } = await requireCampaign(event);
	const base = `/c/${event.params.slug}/embed`;
	const paths = { base: `${base}/quiz`, resultBase: `${base}/ergebnis` };
	return loadQuestion(quiz, paths, event, countOnCompletion(event, quiz), campaign.address);
}) satisfies PageServerLoad;
