import { m } from '$lib/paraglide/messages';
import type { Address, Locale, QuizContent } from '$lib/content';
import { scoreAnswers } from '$lib/quiz/scoring';
import type { Answer, Answers } from '$lib/quiz/types';
import { answerPercents, scoreStanding, type PublishedComparison } from './comparison';
import { answerLabel } from './labels';

/** The bar's order, as people say it: Ja, Jein, Nein. */
export const BAR_ORDER: readonly Answer[] = ['ja', 'jein', 'nein'];

/** One answer in a bar of everyone's answers. */
export interface OthersFigure {
	answer: Answer;
	/** "Ja" */
	label: string;
	/** Whole percent; the three add up to 100. */
	percent: number;
	/** "45 %" */
	percentLabel: string;
	/** The participant's answer. */
	you: boolean;
	/** The article's answer. */
	author: boolean;
}

/** How everyone answered one question, in bar order. */
export interface OthersRow {
	id: string;
	figures: OthersFigure[];
}

/**
 * What the results page shows of the comparison with everyone ("So antworten andere"), as
 * plain text and numbers: nothing, the line saying how many completions are still missing, or
 * the participant's standing and a bar per question.
 */
export type ComparisonView =
	| { status: 'off' }
	| { status: 'pending'; line: string }
	| {
			status: 'ready';
			/** "Du hast mehr Punkte als 63 % der Teilnehmenden. 5 % haben genauso viele." */
			standing: string;
			/** What the bars are: everyone, how many, counted anonymously, as of when. */
			intro: string;
			/** "Alle Teilnehmenden": the cards' label and the table's column header. */
			label: string;
			marks: { you: string; author: string };
			/** In quiz order. */
			rows: OthersRow[];
	  };

// Made once: building an Intl format costs more than using it, and pages format dozens of counts.
const countFormat = {
	de: new Intl.NumberFormat('de-DE'),
	en: new Intl.NumberFormat('en-GB')
};

/** "1.234" / "1,234" */
export function formatCount(n: number, locale: Locale) {
	return countFormat[locale].format(n);
}

/** "28. November 2026" / "28 November 2026": the day the snapshot was taken. */
export function formatSnapshotDay(takenAt: string, locale: Locale) {
	return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(new Date(takenAt));
}

/** "Vergleich mit allen Teilnehmenden ab 30 Teilnahmen – bisher 12." */
export function pendingLine(
	comparison: { completions: number; minCount: number },
	locale: Locale
): string {
	return m.compare_pending(
		{
			min: formatCount(comparison.minCount, locale),
			count: formatCount(comparison.completions, locale)
		},
		{ locale }
	);
}

/** The participant's score among everyone counted, in words; ties said as ties. */
export function standingText(
	scores: Record<string, number>,
	points: number,
	locale: Locale,
	address: Address = 'du'
) {
	const { fewer, same, fewerThan } = scoreStanding(scores, points);
	if (same === 100) return m.compare_standing_all_same({ address }, { locale });
	const first =
		fewerThan === 'all'
			? m.compare_standing_all({ address }, { locale })
			: fewerThan === 'none'
				? m.compare_standing_none({ address }, { locale })
				: m.compare_standing_some({ address, percent: fewer }, { locale });
	return same > 0 ? `${first} ${m.compare_standing_same({ percent: same }, { locale })}` : first;
}

/** Joins the published comparison with the participant's answers and the article's. */
export function buildComparisonView(
	comparison: PublishedComparison,
	quiz: QuizContent,
	answers: Answers,
	locale: Locale,
	/** A campaign's address for the German texts that speak to the participant. */
	address: Address = 'du'
): ComparisonView {
	if (comparison.status === 'off') return { status: 'off' };
	if (comparison.status === 'pending') {
		return { status: 'pending', line: pendingLine(comparison, locale) };
	}
	const { figures, takenAt } = comparison;
	const points = scoreAnswers(quiz, answers).total;
	return {
		status: 'ready',
		standing: standingText(figures.scores, points, locale, address),
		intro: m.compare_intro(
			{
				count: formatCount(figures.completions, locale),
				date: formatSnapshotDay(takenAt, locale)
			},
			{ locale }
		),
		label: m.compare_label({}, { locale }),
		marks: {
			you: m.compare_mark_you({ address }, { locale }),
			author: m.compare_mark_author({}, { locale })
		},
		rows: quiz.questions.map((question, i) => {
			const percents = answerPercents(figures.answers[i] ?? { ja: 0, jein: 0, nein: 0 });
			return {
				id: question.id,
				figures: BAR_ORDER.map((answer) => ({
					answer,
					label: answerLabel(answer, locale),
					percent: percents[answer],
					percentLabel: m.result_percent({ percent: percents[answer] }, { locale }),
					you: answers[i] === answer,
					author: question.verdict.answer === answer
				}))
			};
		})
	};
}
