import { defaultQuiz } from '$lib/content';
import { getLocale } from '$lib/paraglide/runtime';
import { sourceCredit } from '$lib/results/source';
import { comparisonSettings } from '$lib/server/comparison';
import { config } from '$lib/server/config';
import type { PageServerLoad } from './$types';

/**
 * The landing page names its source as fully as the quiz does, and its privacy line says
 * whether completions are counted for the comparison with everyone (BENCHMARK).
 */
export const load = (() => ({
	source: sourceCredit(defaultQuiz, getLocale()),
	counting: comparisonSettings(config()).enabled
})) satisfies PageServerLoad;
