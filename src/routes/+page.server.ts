import { localize } from '$lib/content';
import { quizIntro } from '$lib/flow/quiz-intro';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { sourceCredit } from '$lib/results/source';
import { quizzes } from '$lib/server/quizzes';
import type { PageServerLoad } from './$types';

/**
 * The landing page names its source as fully as the quiz does, and lists the further quizzes
 * (QUIZ_DIR) when there are any.
 */
export const load = (() => {
	const locale = getLocale();
	const { all, default: article } = quizzes();
	return {
		source: sourceCredit(article, locale),
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
