import { creditFor } from '$lib/quiz/scoring';
import type { Answer, Verdict } from '$lib/quiz/types';
import { total, type Counts, type LiveSummary } from './state';

const ANSWERS: Answer[] = ['ja', 'jein', 'nein'];

/**
 * How close a group's answers are to the author's verdict: the average credit the engine gives
 * them (0 to 1), or null when nobody answered.
 */
export function groupCredit(counts: Counts, verdict: Verdict): number | null {
	const n = total(counts);
	if (n === 0) return null;
	return ANSWERS.reduce((sum, a) => sum + counts[a] * creditFor(verdict, a), 0) / n;
}

/** The counts that stand for a question: its last round (the group's view after discussing). */
export function finalCounts(rounds: readonly Counts[]): Counts | null {
	return rounds[rounds.length - 1] ?? null;
}

/**
 * The questions where the group is furthest from the author: those shown whose group credit is
 * below 1, lowest first (ties keep question order), at most `limit`.
 */
export function furthestQuestions(
	summary: LiveSummary,
	verdicts: readonly Verdict[],
	limit = 3
): { question: number; credit: number }[] {
	return summary.questions
		.map((rounds, question) => {
			const counts = finalCounts(rounds);
			const verdict = verdicts[question];
			const credit = counts && verdict ? groupCredit(counts, verdict) : null;
			return { question, credit };
		})
		.filter((q): q is { question: number; credit: number } => q.credit !== null && q.credit < 1)
		.sort((a, b) => a.credit - b.credit || a.question - b.question)
		.slice(0, limit);
}

/** Participants who answered every question, and their average percent (null when none). */
export function groupAverage(summary: LiveSummary): { complete: number; percent: number | null } {
	const complete = Object.values(summary.bands).reduce((sum, n) => sum + n, 0);
	return {
		complete,
		percent: complete === 0 ? null : Math.round(summary.percentSum / complete)
	};
}
