import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	ARTICLE_QUIZ_FILE,
	defaultQuiz,
	describeProblems,
	parseQuizFile,
	type QuizContent,
	type QuizFileProblem
} from '$lib/content';

/**
 * Loading the quizzes at start: the article's quiz (built in) and every quiz file in `QUIZ_DIR`.
 * No SvelteKit imports, so scripts (`npm run stats`) load the same quizzes the server offers.
 */

/** A quiz file that cannot be used; the message is what the start prints before it exits. */
export class QuizFileError extends Error {
	override name = 'QuizFileError';
}

/** The quizzes the app offers, each with the file it came from. */
export interface QuizSet {
	/** The article's quiz first, then `QUIZ_DIR`'s in the order of their file names. */
	all: readonly QuizContent[];
	/** The article's quiz: `/quiz`, the landing page, new campaigns by default. */
	default: QuizContent;
	byId(id: string): QuizContent | undefined;
	/** The file a quiz came from (messages name it). */
	fileOf(id: string): string;
}

/** The files `QUIZ_DIR` offers: YAML and JSON, not the editors' schema. */
const QUIZ_FILE = /\.(ya?ml|json)$/i;
const isQuizFile = (name: string) => QUIZ_FILE.test(name) && name.toLowerCase() !== 'schema.json';

/**
 * The article's quiz and the quizzes in `dir` (when given). Throws a QuizFileError naming
 * every problem of every file, with its path and line (`team.yaml:12: questions.1.verdict:
 * missing`): ids and code prefixes must be unique across all quizzes.
 */
export function loadQuizzes(dir?: string): QuizSet {
	const quizzes: QuizContent[] = [defaultQuiz];
	const files = new Map<string, string>([[defaultQuiz.id, ARTICLE_QUIZ_FILE]]);
	const reports: string[] = [];
	const names = dir ? readdirSync(dir).filter(isQuizFile).sort() : [];

	for (const name of names) {
		const file = join(dir as string, name);
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			reports.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
			continue;
		}
		const result = parseQuizFile(text);
		if (!result.ok) {
			reports.push(describeProblems(file, result.problems));
			continue;
		}
		const { quiz, lineOf } = result;
		const problems: QuizFileProblem[] = [];
		const same = (key: 'id' | 'codePrefix') => quizzes.find((q) => q[key] === quiz[key]);
		const sameId = same('id');
		if (sameId) {
			problems.push({
				path: ['id'],
				line: lineOf(['id']),
				message: `"${quiz.id}" is already the id of the quiz in ${files.get(sameId.id)}: each quiz needs its own`
			});
		}
		const samePrefix = same('codePrefix');
		if (samePrefix) {
			problems.push({
				path: ['codePrefix'],
				line: lineOf(['codePrefix']),
				message: `"${quiz.codePrefix}" is already the code prefix of ${samePrefix.id} (${files.get(samePrefix.id)}): each quiz needs its own, or share codes would be read as the other quiz`
			});
		}
		if (problems.length) {
			reports.push(describeProblems(file, problems));
			continue;
		}
		quizzes.push(quiz);
		files.set(quiz.id, file);
	}

	if (reports.length) {
		const what = reports.length === 1 ? 'quiz file' : 'quiz files';
		throw new QuizFileError(`Invalid ${what} (fix and start again):\n${reports.join('\n')}`);
	}
	const byId = new Map(quizzes.map((q) => [q.id, q]));
	return {
		all: quizzes,
		default: defaultQuiz,
		byId: (id) => byId.get(id),
		fileOf: (id) => files.get(id) ?? '?'
	};
}
