import type { Answer } from '$lib/quiz/types';
import { finalCounts, furthestQuestions, groupAverage, groupCredit } from './group';
import { total, wholePercents, type Counts, type LiveState, type LiveSummary } from './state';
import { ANSWER_ORDER, type LiveQuestionText, type LiveTexts } from './texts';

/** One answer's line in a revealed distribution. */
export interface DistributionRow {
	answer: Answer;
	label: string;
	/** The author's answer is marked. */
	isAuthor: boolean;
	/** Per round: count and whole percent. */
	rounds: { count: number; percent: number }[];
	/** Round 2 minus round 1, in percentage points (null with one round). */
	shift: number | null;
	credit: string;
	note: string | null;
}

export interface Distribution {
	rows: DistributionRow[];
	/** Votes per round. */
	totals: number[];
	/** Average credit of the group in the last round, in whole percent (null: no votes). */
	agreement: number | null;
}

const asPercent = (credit: number | null) => (credit === null ? null : Math.round(credit * 100));

/** The revealed rounds of one question as rows per answer (Ja, Jein, Nein). */
export function distribution(
	rounds: readonly Counts[],
	question: LiveQuestionText,
	texts: LiveTexts
): Distribution {
	const percents = rounds.map(wholePercents);
	const last = finalCounts(rounds);
	return {
		rows: ANSWER_ORDER.map((answer) => {
			const perRound = rounds.map((counts, r) => ({
				count: counts[answer],
				percent: (percents[r] as Counts)[answer]
			}));
			const first = perRound[0];
			const second = perRound[1];
			return {
				answer,
				label: texts.answers[answer],
				isAuthor: question.verdict.answer === answer,
				rounds: perRound,
				shift: first && second ? second.percent - first.percent : null,
				credit: question.credits[answer].label,
				note: question.notes[answer]
			};
		}),
		totals: rounds.map(total),
		agreement: asPercent(last ? groupCredit(last, question.verdict) : null)
	};
}

export interface SummaryQuestion {
	index: number;
	title: string;
	short: string;
	verdict: string;
	/** The last round's counts and percents; null when the question was never shown. */
	counts: Counts | null;
	percents: Counts | null;
	rounds: number;
	agreement: number | null;
	authorAnswer: Answer;
}

export interface SummaryView {
	questions: SummaryQuestion[];
	furthest: (SummaryQuestion & { agreement: number })[];
	complete: number;
	average: number | null;
	bands: { id: string; name: string; count: number }[];
}

/** The end of the workshop: group and author on every question, average, bands, gaps. */
export function summaryView(summary: LiveSummary, texts: LiveTexts): SummaryView {
	const questions = texts.questions.map((q, index): SummaryQuestion => {
		const rounds = summary.questions[index] ?? [];
		const counts = finalCounts(rounds);
		return {
			index,
			title: q.title,
			short: q.short,
			verdict: q.verdict.label,
			counts,
			percents: counts ? wholePercents(counts) : null,
			rounds: rounds.length,
			agreement: asPercent(counts ? groupCredit(counts, q.verdict) : null),
			authorAnswer: q.verdict.answer
		};
	});
	const { complete, percent } = groupAverage(summary);
	return {
		questions,
		furthest: furthestQuestions(
			summary,
			texts.questions.map((q) => q.verdict)
		).map((f) => ({
			...(questions[f.question] as SummaryQuestion),
			agreement: Math.round(f.credit * 100)
		})),
		complete,
		average: percent,
		bands: texts.bands.map((b) => ({ ...b, count: summary.bands[b.id] ?? 0 }))
	};
}

/** The newer of two states (the page's and the stream's): a higher version, or newer counts. */
export function newer(a: LiveState, b: LiveState | null): LiveState {
	return b && b.version >= a.version ? b : a;
}
