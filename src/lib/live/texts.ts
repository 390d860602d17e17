import type { Address, Locale, QuizContent } from '$lib/content';
import { localize } from '$lib/content/localize';
import { m } from '$lib/paraglide/messages';
import { answerLabel, formatPoints } from '$lib/results/labels';
import { creditFor, partialReasonFor } from '$lib/quiz/scoring';
import type { Answer, Verdict } from '$lib/quiz/types';

export const ANSWER_ORDER: Answer[] = ['ja', 'jein', 'nein'];

/** One question's texts for the workshop views, in one language. */
export interface LiveQuestionText {
	title: string;
	short: string;
	verdict: Verdict & { label: string };
	/** The author's reasoning, in our own words. */
	summary: string;
	/** Credit per answer as the engine gives it, and as people read it ("0,75 Pkt."). */
	credits: Record<Answer, { value: number; label: string }>;
	/** Why an answer earns part of the credit; null for full and no credit. */
	notes: Record<Answer, string | null>;
}

/** Everything the workshop views word, computed on the server and sent with the page. */
export interface LiveTexts {
	questions: LiveQuestionText[];
	answers: Record<Answer, string>;
	bands: { id: string; name: string }[];
}

type QuestionContent = QuizContent['questions'][number];

/** As on the results page: why an answer short of the verdict still earns some credit. */
function partialNote(
	question: QuestionContent,
	answer: Answer,
	locale: Locale,
	address: Address
): string | null {
	const credit = creditFor(question.verdict, answer);
	if (credit === 0 || credit === 1) return null;
	const given = answerLabel(answer, locale);
	const verdict = answerLabel(question.verdict.answer, locale);
	switch (partialReasonFor(question.verdict)) {
		case 'qualifier': {
			const qualifier = question.verdict.qualifier?.[locale] ?? '';
			return answer === 'jein'
				? m.partial_qualifier_jein({ verdict, qualifier, answer: given, address }, { locale })
				: m.partial_qualifier_opposite({ verdict, qualifier, answer: given, address }, { locale });
		}
		case 'emphasis':
			return m.partial_emphasis(
				{ verdict, label: question.verdict.label[locale], answer: given, address },
				{ locale }
			);
		case 'jein-verdict':
			return m.partial_jein_verdict({ answer: given, address }, { locale });
		case 'hedged':
			return m.partial_hedged({ verdict, address }, { locale });
	}
}

/** The workshop's texts in one language; in German in the campaign's address. */
export function liveTexts(quiz: QuizContent, locale: Locale, address: Address = 'du'): LiveTexts {
	const text = (t: Parameters<typeof localize>[0]) => localize(t, locale, address);
	const perAnswer = <T>(fn: (answer: Answer) => T) =>
		Object.fromEntries(ANSWER_ORDER.map((a) => [a, fn(a)])) as Record<Answer, T>;
	return {
		questions: quiz.questions.map((q) => ({
			title: text(q.title),
			short: text(q.short),
			verdict: { answer: q.verdict.answer, kind: q.verdict.kind, label: text(q.verdict.label) },
			summary: text(q.summary),
			credits: perAnswer((a) => {
				const value = creditFor(q.verdict, a);
				return {
					value,
					label: m.points_short({ points: formatPoints(value, locale) }, { locale })
				};
			}),
			notes: perAnswer((a) => partialNote(q, a, locale, address))
		})),
		answers: perAnswer((a) => answerLabel(a, locale)),
		bands: quiz.bands.map((b) => ({ id: b.id, name: text(b.name) }))
	};
}
