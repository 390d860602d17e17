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
 * The share of all counted participants with fewer points than `points`, in whole percent
 * ("Du hast mehr Punkte als 63 % der Teilnehmenden"). Ties do not count as fewer.
 */
export function percentBelow(scores: Record<string, number>, points: number): number {
	const quarters = Math.round(points * 4);
	let below = 0;
	let total = 0;
	for (const [key, count] of Object.entries(scores)) {
		total += count;
		if (Number(key) < quarters) below += count;
	}
	return total === 0 ? 0 : Math.round((below * 100) / total);
}
