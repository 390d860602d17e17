import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { checkQuizContent, dotPath, type QuizContent, type QuizProblem } from './schema';

/** A problem in a quiz file, with the line it is on where the parser knows it. */
export interface QuizFileProblem extends QuizProblem {
	line: number | null;
}

export type QuizFileResult =
	| {
			ok: true;
			quiz: QuizContent;
			/** The line of a field, for problems found later (against other quizzes). */
			lineOf: (path: readonly (string | number)[]) => number | null;
	  }
	| { ok: false; problems: QuizFileProblem[] };

/**
 * The line of the deepest node the path reaches: the field itself, or for a missing field the
 * object that lacks it.
 */
function lineOf(doc: Document, lines: LineCounter, path: readonly (string | number)[]) {
	let node: unknown = doc.contents;
	let offset: number | undefined = (node as { range?: number[] } | null)?.range?.[0];
	for (const key of path) {
		let next: unknown;
		if (isMap(node)) {
			const pair = node.items.find(
				(item) => isPair(item) && isScalar(item.key) && item.key.value === key
			);
			next = pair?.value ?? undefined;
			// A key without a value (`verdict:`) still has a line.
			if (pair && !next) offset = (pair.key as { range?: number[] } | null)?.range?.[0] ?? offset;
		} else if (isSeq(node) && typeof key === 'number') {
			next = node.items[key];
		}
		const start = (next as { range?: number[] } | null | undefined)?.range?.[0];
		if (start === undefined) break;
		node = next;
		offset = start;
	}
	return offset === undefined ? null : lines.linePos(offset).line;
}

/**
 * Reads a quiz file (YAML, or JSON, which is YAML too) and checks it against the schema and
 * the rules in checks.ts. Pure: the caller reads the file. Every problem says where it is: the
 * field's path and, where the parser knows it, its line.
 */
export function parseQuizFile(text: string): QuizFileResult {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((e) => ({
				path: [],
				message: e.message.split('\n')[0] ?? e.message,
				line: lines.linePos(e.pos[0]).line
			}))
		};
	}
	const checked = checkQuizContent(doc.toJS({ maxAliasCount: 100 }));
	if (checked.ok) return { ...checked, lineOf: (path) => lineOf(doc, lines, path) };
	return {
		ok: false,
		problems: checked.problems.map((p) => ({ ...p, line: lineOf(doc, lines, p.path) }))
	};
}

/** One line per problem, as compilers write them: `quizzes/team.yaml:12: questions.1.verdict: missing`. */
export function describeProblems(file: string, problems: readonly QuizFileProblem[]): string {
	return problems
		.map((p) => `${file}${p.line === null ? '' : `:${p.line}`}: ${dotPath(p.path)}: ${p.message}`)
		.join('\n');
}

/** A quiz file, checked; throws an Error listing every problem (for content shipped with the app). */
export function quizFromFile(file: string, text: string): QuizContent {
	const result = parseQuizFile(text);
	if (result.ok) return result.quiz;
	throw new Error(`Invalid quiz file ${file}:\n${describeProblems(file, result.problems)}`);
}
