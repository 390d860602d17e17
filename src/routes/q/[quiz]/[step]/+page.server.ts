import { loadQuestion } from '$lib/flow/quiz-flow';
import { countOnCompletion } from '$lib/server/completion';
import { requireFileQuiz } from '$lib/server/quizzes';
import type { PageServerLoad } from './$types';

/** The same flow as /quiz for a quiz from QUIZ_DIR; its results live at /ergebnis/<code> too. */
export const load = ((event) => {
	const quiz = requireFileQuiz(event.params.quiz, event.url);
	const paths = { base: `/q/${quiz.id}`, resultBase: '/ergebnis' };
	return loadQuestion(quiz, paths, event, countOnCompletion(event, quiz));
}) satisfies PageServerLoad;
