import { requireFileQuiz } from '$lib/server/quizzes';
import type { LayoutServerLoad } from './$types';

/** The footer credits this quiz's source. */
export const load = (({ params, url }) => ({
	sourceTitle: requireFileQuiz(params.quiz, url).source.title
})) satisfies LayoutServerLoad;
