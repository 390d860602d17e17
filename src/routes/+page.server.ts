import { defaultQuiz } from '$lib/content';
import { getLocale } from '$lib/paraglide/runtime';
import { sourceCredit } from '$lib/results/source';
import type { PageServerLoad } from './$types';

/** The landing page names its source as fully as the quiz does. */
export const load = (() => ({
	source: sourceCredit(defaultQuiz, getLocale())
})) satisfies PageServerLoad;
