import * as v from 'valibot';
import { ANSWERS, VERDICT_KINDS } from '$lib/quiz/types';

/** Every text exists in every language the UI speaks. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Localized = v.strictObject({ de: Text, en: Text });
const Id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id'));

const QuestionSchema = v.strictObject({
	id: Id,
	/** The question as in the source, per language. */
	title: Localized,
	/** A short label for charts and tables ("Werbefläche"). */
	short: Localized,
	verdict: v.strictObject({
		answer: v.picklist(ANSWERS),
		kind: v.picklist(VERDICT_KINDS),
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

export const QuizContentSchema = v.pipe(
	v.strictObject({
		id: Id,
		codePrefix: v.pipe(
			v.string(),
			v.regex(/^[A-Za-z0-9_-]{2}$/, 'must be two URL-safe characters')
		),
		version: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(63)),
		compatibleVersions: v.optional(v.array(v.pipe(v.number(), v.integer()))),
		title: Localized,
		/**
		 * What the questions and verdicts come from. Only `title` is required: author, link and
		 * date are shown where given and never made up (the article we ship names neither).
		 */
		source: v.strictObject({
			title: Text,
			author: v.optional(Text),
			url: v.optional(v.pipe(v.string(), v.url())),
			/** Publication date as YYYY-MM-DD. */
			date: v.optional(v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD')))
		}),
		questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'must hold at least one question')),
		bands: v.pipe(
			v.array(
				v.strictObject({
					id: Id,
					minPercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
					name: Localized,
					meaning: Localized,
					/** A next step for everyone in this band, also when nothing differs (1–2 sentences). */
					next: v.optional(Localized)
				})
			),
			v.minLength(1, 'must hold at least one band'),
			v.check((bands) => bands.some((b) => b.minPercent === 0), 'need a band starting at 0')
		),
		insights: v.array(
			v.strictObject({
				id: Id,
				when: v.strictObject({
					kind: v.literal('alike'),
					questions: v.pipe(v.array(Id), v.minLength(2))
				}),
				title: Localized,
				text: Localized
			})
		)
	}),
	v.check(
		(quiz) => new Set(quiz.questions.map((q) => q.id)).size === quiz.questions.length,
		'question ids must be unique'
	),
	v.check(
		(quiz) =>
			quiz.insights.every((i) =>
				i.when.questions.every((id) => quiz.questions.some((q) => q.id === id))
			),
		'insights must name existing questions'
	),
	v.check(
		(quiz) =>
			quiz.questions.every(
				(q) => (q.verdict.kind === 'softened') === (q.verdict.qualifier !== undefined)
			),
		'softened verdicts (and only they) need a qualifier'
	)
);

export type QuizContent = v.InferOutput<typeof QuizContentSchema>;
export type QuestionContent = QuizContent['questions'][number];
export type LocalizedText = v.InferOutput<typeof Localized>;

/**
 * Validates a quiz. Throws an Error whose message names every bad field by its path
 * ("questions.2.summary.en: must not be empty"), so a malformed quiz fails loudly in tests.
 */
export function parseQuizContent(input: unknown): QuizContent {
	const result = v.safeParse(QuizContentSchema, input);
	if (result.success) return result.output;
	const lines = result.issues.map(
		(issue) => `${v.getDotPath(issue) ?? '(quiz)'}: ${issue.message}`
	);
	throw new Error(`Invalid quiz content:\n${lines.join('\n')}`);
}
