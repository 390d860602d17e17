import { defaultQuiz } from '$lib/content';
import { answerQuestion, loadQuestion, type FlowPaths } from '$lib/server/quiz-flow';
import type { Actions, PageServerLoad } from './$types';

const paths: FlowPaths = { base: '/quiz', resultBase: '/ergebnis' };

export const load = ((event) => loadQuestion(defaultQuiz, paths, event)) satisfies PageServerLoad;

export const actions = {
	answer: (event) => answerQuestion(defaultQuiz, paths, event)
} satisfies Actions;
