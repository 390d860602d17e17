import { error, redirect } from '@sveltejs/kit';
import type { QuizContent } from '$lib/content';
import { localizeHref } from '$lib/paraglide/runtime';
import { config } from '../config';
import { loadQuizzes, type QuizSet } from './load';

export { checkFingerprints, scoringFingerprint } from './fingerprint';
export { loadQuizzes, QuizFileError, type QuizSet } from './load';

let current: QuizSet | undefined;

/**
 * The quizzes this process offers: the article's and `QUIZ_DIR`'s, read and checked once (the
 * `init` hook does that at start, so a bad file stops the start instead of a request).
 */
export function quizzes(): QuizSet {
	return (current ??= loadQuizzes(config().QUIZ_DIR));
}

export function quizById(id: string): QuizContent | undefined {
	return quizzes().byId(id);
}

/**
 * Where a quiz's flow lives, without language prefix: the article's at `/quiz` (as ever),
 * every other one at `/q/<id>`.
 */
export function quizBase(quiz: QuizContent): string {
	return quiz.id === quizzes().default.id ? '/quiz' : `/q/${quiz.id}`;
}

/**
 * The quiz of a `/q/<id>` address. The article's quiz keeps its own addresses (`/`, `/quiz/…`):
 * its id here redirects there, answers and all. An unknown id is the site's 404.
 */
export function requireFileQuiz(id: string, url: URL): QuizContent {
	const quiz = quizzes().byId(id);
	if (!quiz) error(404, 'Not found');
	if (quiz === quizzes().default) {
		const rest = url.pathname.replace(/^(\/en)?\/q\/[^/]+/, '');
		redirect(308, localizeHref((rest ? `/quiz${rest}` : '/') + url.search));
	}
	return quiz;
}
