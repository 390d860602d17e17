import { loadResultPage } from '$lib/results/result-page';
import type { PageServerLoad } from './$types';

/**
 * The result comes from the code alone: no stored state, so the URL is the share link. The code
 * names its quiz (the article's or one from QUIZ_DIR); "Quiz wiederholen" leads back to it.
 */
export const load = (({ params, url }) =>
	loadResultPage(params.code, url)) satisfies PageServerLoad;
