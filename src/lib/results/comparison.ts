import type { Answer } from '$lib/quiz/types';

/** How everyone answered a quiz version, as counted (see src/lib/server/comparison.ts). */
export interface ComparisonFigures {
	/** Completions counted. */
	completions: number;
	/** Per question (in quiz order): how many answered Ja, Jein, Nein. */
	answers: Record<Answer, number>[];
	/** Completions per total score in quarter points (`"19": 4` means four scored 4.75). */
	scores: Record<string, number>;
}

/**
 * What a page may show of the comparison (src/lib/server/comparison.ts decides): nothing when
 * it is turned off, how many completions there are while below the threshold, or the snapshot.
 */
export type PublishedComparison =
	| { status: 'off' }
	/** Fewer completions than the threshold: say how many there are. */
	| { status: 'pending'; completions: number; minCount: number }
	| { status: 'ready'; figures: ComparisonFigures; takenAt: string };

/** Ja / Jein / Nein as whole percents that add up to 100 (largest remainders get the rest). */
export function answerPercents(counts: Record<Answer, number>): Record<Answer, number> {
	const keys: Answer[] = ['ja', 'jein', 'nein'];
	const total = keys.reduce((sum, k) => sum + counts[k], 0);
	if (total === 0) return { ja: 0, jein: 0, nein: 0 };
	const exact = keys.map((k) => (counts[k] * 100) / total);
	const floors = exact.map(Math.floor);
	let rest = 100 - floors.reduce((a, b) => a + b, 0);
	const byRemainder = keys
		.map((_, i) => i)
		.sort((a, b) => exact[b]! - floors[b]! - (exact[a]! - floors[a]!) || a - b);
	for (const i of byRemainder) {
		if (rest === 0) break;
		floors[i]! += 1;
		rest -= 1;
	}
	return { ja: floors[0]!, jein: floors[1]!, nein: floors[2]! };
}

/**
 * `part` of `total` in whole percent, where a share rounds to 0 % or 100 % only when it is
 * none or all: "mehr Punkte als 100 %" must not be said while someone has as many points.
 */
function wholeShare(part: number, total: number): number {
	if (total === 0 || part === 0) return 0;
	if (part >= total) return 100;
	return Math.min(99, Math.max(1, Math.round((part * 100) / total)));
}

/**
 * The share of all counted participants with fewer points than `points`, in whole percent
 * ("Du hast mehr Punkte als 63 % der Teilnehmenden"). Ties do not count as fewer.
 */
export function percentBelow(scores: Record<string, number>, points: number): number {
	return scoreStanding(scores, points).fewer;
}

/** Where a score stands among everyone counted: how many have fewer points, how many as many. */
export interface ScoreStanding {
	/** Whole percent with fewer points: 0 only when nobody has, 100 only when everybody has. */
	fewer: number;
	/** Whole percent with exactly as many points (the same rounding). */
	same: number;
	/** Nobody, some or everybody counted has fewer points: the wording differs. */
	fewerThan: 'none' | 'some' | 'all';
}

/** From the score histogram (quarter points → completions). */
export function scoreStanding(scores: Record<string, number>, points: number): ScoreStanding {
	const quarters = Math.round(points * 4);
	let fewer = 0;
	let same = 0;
	let total = 0;
	for (const [key, count] of Object.entries(scores)) {
		total += count;
		if (Number(key) < quarters) fewer += count;
		else if (Number(key) === quarters) same += count;
	}
	return {
		fewer: wholeShare(fewer, total),
		same: wholeShare(same, total),
		fewerThan: fewer === 0 ? 'none' : fewer === total ? 'all' : 'some'
	};
}
