import * as v from 'valibot';
import { ANSWERS, VERDICT_KINDS } from '$lib/quiz/types';
import { quizProblems } from './checks';

/** Every text exists in every language the UI speaks. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The most questions a quiz may have: its share code (answers in base 64) stays short. */
export const MAX_QUESTIONS = 100;

const Text = v.pipe(v.string('must be a text'), v.trim(), v.nonEmpty('must not be empty'));

/**
 * A text in every language. `de-sie` is the German text in the formal address, for campaigns
 * that use "Sie"; where it is missing, `de` is used (see checks.ts: a quiz that has Sie forms
 * has them wherever its German addresses the reader).
 */
export const Localized = v.pipe(
	v.strictObject({
		de: Text,
		'de-sie': v.optional(Text),
		en: Text
	}),
	v.description(
		'A text in German (de, addressing the reader as du), English (en), and optionally German addressing the reader as Sie (de-sie).'
	)
);
const Id = v.pipe(
	v.string('must be a text'),
	v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id (a–z, 0–9 and -, starting with a letter)')
);

export const QuestionSchema = v.strictObject({
	id: Id,
	/** The question as in the source, per language. */
	title: Localized,
	/** A short label for charts and tables ("Werbefläche"). */
	short: Localized,
	verdict: v.strictObject({
		answer: v.pipe(
			v.picklist(ANSWERS, `must be one of ${ANSWERS.join(', ')}`),
			v.description("The source's answer: ja, jein or nein.")
		),
		kind: v.pipe(
			v.picklist(VERDICT_KINDS, `must be one of ${VERDICT_KINDS.join(', ')}`),
			v.description(
				'plain ("Nein."), softened (a qualifier names the other side: "Nein (noch nicht).") or emphatic ("Ja. Unbedingt."): it sets the partial credit.'
			)
		),
		/** The author's verdict as written ("Nein (noch nicht)"). */
		label: Localized,
		/** For softened verdicts: the words that name the other side ("noch nicht"). */
		qualifier: v.optional(Localized)
	}),
	/** Why the source answers as it does, in one short line of our own words (results list). */
	gist: v.optional(Localized),
	/** The author's reasoning, in our own words, 2–3 sentences. */
	summary: Localized,
	/** For a business owner whose answer differs, 1–2 sentences. */
	takeaway: Localized
});

export const BandSchema = v.strictObject({
	id: Id,
	/** The band holds every percent from here up to the next band's start. */
	minPercent: v.pipe(
		v.number('must be a number'),
		v.description(
			'The band holds every percent from here up to the next band; one band starts at 0.'
		),
		v.integer('must be a whole number'),
		v.minValue(0, 'must be 0 to 100'),
		v.maxValue(100, 'must be 0 to 100')
	),
	name: Localized,
	meaning: Localized,
	/** A next step for everyone in this band, also when nothing differs (1–2 sentences). */
	next: v.optional(Localized)
});

export const InsightSchema = v.strictObject({
	id: Id,
	when: v.strictObject({
		kind: v.literal('alike', 'must be alike'),
		questions: v.pipe(v.array(Id), v.minLength(2, 'must name at least two questions'))
	}),
	title: Localized,
	text: Localized
});

/**
 * The shape of a quiz file (`quizzes/*.yaml`). Only structure is checked here, so that
 * `quizzes/schema.json` (generated from it) says the same to an editor; what relates fields
 * to each other (unique ids, bands without gaps, …) is checked by `quizProblems`.
 */
export const QuizFileSchema = v.strictObject({
	id: v.pipe(Id, v.description('The quiz at /q/<id>; unique among all quizzes.')),
	/** Two URL-safe characters that start every share code of this quiz; unique among quizzes. */
	codePrefix: v.pipe(
		v.string('must be a text'),
		v.description(
			'Two characters that start every share code of this quiz; unique (the article uses sm).'
		),
		v.regex(/^[A-Za-z0-9_-]{2}$/, 'must be two URL-safe characters (A–Z, a–z, 0–9, _ or -)')
	),
	/** Raise it when questions, verdicts or bands change: old share codes then say so. */
	version: v.pipe(
		v.number('must be a number'),
		v.description(
			'Raise it whenever questions, verdicts or bands change; old share codes then open as outdated.'
		),
		v.integer('must be a whole number'),
		v.minValue(0, 'must be 0 to 63'),
		v.maxValue(63, 'must be 0 to 63')
	),
	/** Older versions whose share codes still read right (questions, verdicts, bands unchanged). */
	compatibleVersions: v.optional(
		v.array(
			v.pipe(
				v.number('must be a number'),
				v.integer('must be a whole number'),
				v.minValue(0, 'must be 0 to 63'),
				v.maxValue(63, 'must be 0 to 63')
			)
		)
	),
	title: Localized,
	/** What a quiz's start page says about it: a heading and a few sentences. */
	intro: v.optional(v.strictObject({ heading: Localized, text: Localized })),
	/**
	 * What the questions and verdicts come from. Only `title` is required: author, link and
	 * date are shown where given and never made up (the article we ship names neither).
	 */
	source: v.strictObject({
		title: Text,
		author: v.optional(Text),
		url: v.optional(v.pipe(v.string('must be a text'), v.url('must be a link (https://…)'))),
		/** Publication date as YYYY-MM-DD. */
		date: v.optional(v.pipe(v.string('must be a text'), v.isoDate('must be a date as YYYY-MM-DD')))
	}),
	questions: v.pipe(
		v.array(QuestionSchema),
		v.minLength(1, 'must hold at least one question'),
		v.maxLength(MAX_QUESTIONS, `must hold at most ${MAX_QUESTIONS} questions`)
	),
	bands: v.pipe(v.array(BandSchema), v.minLength(1, 'must hold at least one band')),
	insights: v.optional(v.array(InsightSchema), [])
});

export type QuizContent = v.InferOutput<typeof QuizFileSchema>;
export type QuestionContent = QuizContent['questions'][number];
export type LocalizedText = v.InferOutput<typeof Localized>;

/** A problem in a quiz: where (a path of keys and indexes), and what. */
export interface QuizProblem {
	path: (string | number)[];
	message: string;
}

/** Valibot's issues as problems with a path; "missing" and "unknown field" said plainly. */
function structuralProblems(issues: readonly v.BaseIssue<unknown>[]): QuizProblem[] {
	return issues.map((issue) => {
		const path = (issue.path ?? []).map((item) => item.key as string | number);
		if (issue.type === 'strict_object' && issue.expected === 'never') {
			return { path, message: 'unknown field (check its spelling and where it is indented)' };
		}
		if (issue.input === undefined && issue.path?.length) {
			return { path, message: 'missing' };
		}
		return { path, message: issue.message };
	});
}

/** Validates a quiz: its content, or every problem with its path. */
export function checkQuizContent(
	input: unknown
): { ok: true; quiz: QuizContent } | { ok: false; problems: QuizProblem[] } {
	const result = v.safeParse(QuizFileSchema, input);
	if (!result.success) return { ok: false, problems: structuralProblems(result.issues) };
	const problems = quizProblems(result.output);
	return problems.length ? { ok: false, problems } : { ok: true, quiz: result.output };
}

/** `questions.2.summary.en` */
export const dotPath = (path: readonly (string | number)[]) =>
	path.length ? path.join('.') : '(quiz)';

/**
 * Validates a quiz. Throws an Error whose message names every bad field by its path
 * ("questions.2.summary.en: must not be empty"), so a malformed quiz fails loudly in tests.
 */
export function parseQuizContent(input: unknown): QuizContent {
	const checked = checkQuizContent(input);
	if (checked.ok) return checked.quiz;
	const lines = checked.problems.map((p) => `${dotPath(p.path)}: ${p.message}`);
	throw new Error(`Invalid quiz content:\n${lines.join('\n')}`);
}
