import type { Answer } from '$lib/quiz/types';
import type { LiveStatus } from './flow';

/** How many gave each answer. */
export type Counts = Record<Answer, number>;

export const emptyCounts = (): Counts => ({ ja: 0, jein: 0, nein: 0 });

/**
 * A workshop's state as everyone may see it: presenter, projector and phones get exactly this
 * (over the event stream and in the page), so it holds nothing secret and no answer of anyone.
 * Language-neutral: the texts come with the page.
 */
export interface LiveState {
	version: number;
	status: LiveStatus;
	question: number;
	round: number;
	joined: number;
	/** Answers in the current round (while it is open or revealed). */
	answered: number;
	/** Only once the current round is revealed: counts per round of this question (round 1 first). */
	rounds: Counts[] | null;
	/** Only after the end. */
	summary: LiveSummary | null;
}

export interface LiveSummary {
	/** Per question the counts of each round held (empty when the question was never shown). */
	questions: Counts[][];
	/** Participants who answered every question, per band id. */
	bands: Record<string, number>;
	/** Sum of those participants' percents (for the average). */
	percentSum: number;
}

export function total(counts: Counts): number {
	return counts.ja + counts.jein + counts.nein;
}

/**
 * Whole percents that add up to 100 (largest remainder), so a projected distribution never
 * reads 33 + 33 + 33. All zero when nobody answered.
 */
export function wholePercents(counts: Counts): Counts {
	const n = total(counts);
	if (n === 0) return emptyCounts();
	const answers = Object.keys(counts) as Answer[];
	const exact = answers.map((a) => ({ a, value: (counts[a] * 100) / n }));
	const result = Object.fromEntries(exact.map(({ a, value }) => [a, Math.floor(value)])) as Counts;
	let missing = 100 - answers.reduce((sum, a) => sum + result[a], 0);
	for (const { a } of [...exact].sort(
		(x, y) => (y.value % 1) - (x.value % 1) || answers.indexOf(x.a) - answers.indexOf(y.a)
	)) {
		if (missing <= 0) break;
		result[a] += 1;
		missing -= 1;
	}
	return result;
}
