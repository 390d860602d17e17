import { defaultQuiz } from '$lib/content';
import { loadQuestion, type FlowPaths } from '$lib/flow/quiz-flow';
import { countOnCompletion } from '$lib/server/completion';
import type { PageServerLoad } from './$types';

const paths: FlowPaths = { base: '/quiz', resultBase: '/ergebnis' };

export const load = ((event) =>
	loadQuestion(
		defaultQuiz,
		paths,
		event,
		countOnCompletion(event, defaultQuiz)
	)) satisfies PageServerLoad;
