import { loadResultPage } from '$lib/results/result-page';
import type { PageServerLoad } from './$types';

/** The result comes from the code alone: no stored state, so the URL is the share link. */
export const load = (({ params, url }) => {
	return loadResultPage(params.code, url, '/quiz/1');
}) satisfies PageServerLoad;
