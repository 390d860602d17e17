import articleQuizText from '../../../quizzes/social-media.yaml?raw';
import { quizFromFile } from './quiz-file';
import type { QuizContent } from './schema';

export * from './address';
export * from './checks';
export * from './localize';
export * from './quiz-file';
export * from './schema';

/** Where the shipped quiz lives in the project (error messages name it). */
export const ARTICLE_QUIZ_FILE = 'quizzes/social-media.yaml';

/*
 * Careful: importing a value from this module brings the article's quiz and the YAML parser
 * along. Code that reaches the browser imports types only, or `$lib/content/localize` and
 * `$lib/content/address` directly (tests/e2e/budget.spec.ts checks the build).
 */

/**
 * The article's quiz, shipped with the app (built into the server, checked when the server
 * starts): the quiz of `/quiz`, the landing page and new campaigns unless they choose another.
 * Further quizzes come from `QUIZ_DIR` at start: `$lib/server/quizzes`.
 */
export const defaultQuiz: QuizContent = quizFromFile(ARTICLE_QUIZ_FILE, articleQuizText);
