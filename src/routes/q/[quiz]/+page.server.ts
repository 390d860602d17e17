import { quizIntro } from '$lib/flow/quiz-intro';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { sourceCredit } from '$lib/results/source';
import { requireFileQuiz } from '$lib/server/quizzes';
import type { PageServerLoad } from './$types';

/** A quiz's start page: what it is, how long it takes, where it comes from, "Quiz starten". */
export const load = (({ params, url }) => {
	const quiz = requireFileQuiz(params.quiz, url);
	const locale = getLocale();
	return {
		intro: quizIntro(quiz, locale),
		source: sourceCredit(quiz, locale),
		startHref: localizeHref(`/q/${quiz.id}/1`)
	};
}) satisfies PageServerLoad;
