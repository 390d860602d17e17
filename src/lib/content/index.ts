import type { QuizDefinition } from '$lib/quiz/types';
import { parseQuizContent, type QuizContent } from './schema';
import { socialMediaQuiz } from './social-media';

export * from './schema';

/** Every quiz the app offers, validated once when the module loads. */
export const quizzes: readonly QuizContent[] = [parseQuizContent(socialMediaQuiz)];

/** The quiz of the article; the default everywhere a route does not name another. */
export const defaultQuiz = quizzes[0] as QuizContent;

/** Quiz content satisfies the engine's definition shape as it is. */
export const quizDefinitions: readonly QuizDefinition[] = quizzes;

export function quizById(id: string): QuizContent | undefined {
	return quizzes.find((q) => q.id === id);
}
