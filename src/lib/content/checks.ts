import { informalWord } from './address';
import type { LocalizedText, QuizContent, QuizProblem } from './schema';

type Path = (string | number)[];

/** Every `[path, first index]` pair that repeats a value seen before. */
function repeats<T>(items: readonly T[], key: (item: T) => unknown) {
	const seen = new Map<unknown, number>();
	const found: [index: number, first: number][] = [];
	items.forEach((item, i) => {
		const k = key(item);
		const first = seen.get(k);
		if (first === undefined) seen.set(k, i);
		else found.push([i, first]);
	});
	return found;
}

/** Every localized text of a quiz with its path (question titles flagged: they are quotes). */
function* texts(quiz: QuizContent): Generator<[Path, LocalizedText, { quote: boolean }]> {
	const plain = { quote: false };
	yield [['title'], quiz.title, plain];
	if (quiz.intro) {
		yield [['intro', 'heading'], quiz.intro.heading, plain];
		yield [['intro', 'text'], quiz.intro.text, plain];
	}
	for (const [i, q] of quiz.questions.entries()) {
		// The question as the source asks it: the shipped article asks social media ("bist du …?"),
		// not the reader. A title that does address the reader can carry a de-sie form all the same.
		yield [['questions', i, 'title'], q.title, { quote: true }];
		yield [['questions', i, 'short'], q.short, plain];
		yield [['questions', i, 'verdict', 'label'], q.verdict.label, { quote: true }];
		if (q.verdict.qualifier)
			yield [['questions', i, 'verdict', 'qualifier'], q.verdict.qualifier, { quote: true }];
		if (q.gist) yield [['questions', i, 'gist'], q.gist, plain];
		yield [['questions', i, 'summary'], q.summary, plain];
		yield [['questions', i, 'takeaway'], q.takeaway, plain];
	}
	for (const [i, b] of quiz.bands.entries()) {
		yield [['bands', i, 'name'], b.name, plain];
		yield [['bands', i, 'meaning'], b.meaning, plain];
		if (b.next) yield [['bands', i, 'next'], b.next, plain];
	}
	for (const [i, insight] of quiz.insights.entries()) {
		yield [['insights', i, 'title'], insight.title, plain];
		yield [['insights', i, 'text'], insight.text, plain];
	}
}

/**
 * True when a campaign may use this quiz with "Sie": every German text that addresses the
 * reader as "du" has its `de-sie` form.
 */
export function offersSie(quiz: QuizContent): boolean {
	for (const [, text, { quote }] of texts(quiz)) {
		if (!quote && !text['de-sie'] && informalWord(text.de)) return false;
	}
	return true;
}

/**
 * What relates the fields of a quiz to each other, beyond the shape the schema checks: unique
 * ids, bands from 0 % without gaps, insights about existing questions, qualifiers exactly for
 * softened verdicts, and Sie forms that are complete once a quiz has any.
 */
export function quizProblems(quiz: QuizContent): QuizProblem[] {
	const problems: QuizProblem[] = [];
	const add = (path: Path, message: string) => problems.push({ path, message });

	for (const [i, first] of repeats(quiz.questions, (q) => q.id)) {
		add(['questions', i, 'id'], `the same id as questions.${first}.id: ids must be unique`);
	}
	for (const [i, q] of quiz.questions.entries()) {
		const path = ['questions', i, 'verdict'];
		if (q.verdict.kind === 'softened' && !q.verdict.qualifier) {
			add(
				[...path, 'qualifier'],
				'missing: a softened verdict names the other side ("noch nicht")'
			);
		}
		if (q.verdict.kind !== 'softened' && q.verdict.qualifier) {
			add([...path, 'qualifier'], 'only a softened verdict has a qualifier');
		}
		if (q.verdict.answer === 'jein' && q.verdict.kind !== 'plain') {
			add([...path, 'kind'], 'a jein verdict is always plain');
		}
	}

	for (const [i, first] of repeats(quiz.bands, (b) => b.id)) {
		add(['bands', i, 'id'], `the same id as bands.${first}.id: ids must be unique`);
	}
	for (const [i, first] of repeats(quiz.bands, (b) => b.minPercent)) {
		add(
			['bands', i, 'minPercent'],
			`the same as bands.${first}.minPercent: two bands cannot start at one percent`
		);
	}
	const lowest = Math.min(...quiz.bands.map((b) => b.minPercent));
	if (lowest > 0) {
		add(
			['bands'],
			`a gap: the lowest band starts at ${lowest} %, so 0–${lowest - 1} % would have no band (one band needs minPercent: 0)`
		);
	}

	const ids = new Set(quiz.questions.map((q) => q.id));
	for (const [i, first] of repeats(quiz.insights, (x) => x.id)) {
		add(['insights', i, 'id'], `the same id as insights.${first}.id: ids must be unique`);
	}
	for (const [i, insight] of quiz.insights.entries()) {
		for (const [k, id] of insight.when.questions.entries()) {
			if (!ids.has(id))
				add(['insights', i, 'when', 'questions', k], `no question has the id "${id}"`);
		}
	}

	for (const [k, version] of (quiz.compatibleVersions ?? []).entries()) {
		if (version >= quiz.version) {
			add(['compatibleVersions', k], `must be older than version ${quiz.version}`);
		}
	}

	// Sie forms: none at all (the quiz is offered with "du" only), or wherever German says "du".
	const all = [...texts(quiz)];
	if (all.some(([, text]) => text['de-sie'])) {
		for (const [path, text, { quote }] of all) {
			const word = !quote && !text['de-sie'] && informalWord(text.de);
			if (word) add([...path, 'de-sie'], `missing: the German text says "${word}"`);
		}
	}
	for (const [path, text] of all) {
		const word = text['de-sie'] && informalWord(text['de-sie']);
		if (word) add([...path, 'de-sie'], `still says "${word}"`);
	}
	return problems;
}
