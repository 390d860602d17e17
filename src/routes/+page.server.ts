import { localize } from '$lib/content';
import { quizIntro } from '$lib/flow/quiz-intro';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { sourceCredit } from '$lib/results/source';
import { comparisonSettings } from '$lib/server/comparison';
import { config } from '$lib/server/config';
import { quizzes } from '$lib/server/quizzes';
import type { PageServerLoad } from './$types';

/**
 * The landing page names its source as fully as the quiz does, lists the further quizzes
 * (QUIZ_DIR) when there are any, and its privacy line says whether completions are counted for
 * the comparison with everyone (BENCHMARK).
 */
export const load = (() => {
	const locale = getLocale();
	const { all, default: article } = quizzes();
	return {
		source: sourceCredit(article, locale),
		counting: comparisonSettings(config()).enabled,
		others: all
			.filter((quiz) => quiz !== article)
			.map((quiz) => ({
				id: quiz.id,
				title: localize(quiz.title, locale),
				...quizIntro(quiz, locale),
				href: localizeHref(`/q/${quiz.id}`)
			}))
	};
}) satisfies PageServerLoad;
