import { requireCampaign } from '$lib/server/campaign-context';
import { loadQuestion } from '$lib/flow/quiz-flow';
import type { PageServerLoad } from './$types';

/** The same flow as /quiz, inside the campaign: results land on the campaign's results page. */
export const load = (async (event) => {
	const { quiz } = await requireCampaign(event);
	const base = `/c/${event.params.slug}`;
	return loadQuestion(quiz, { base: `${base}/quiz`, resultBase: `${base}/ergebnis` }, event);
}) satisfies PageServerLoad;
