import { describe, expect, it } from 'vitest';
import { answerPercents, percentBelow } from './comparison';

describe('answerPercents', () => {
	it('gives whole percents that add up to 100', () => {
		expect(answerPercents({ ja: 1, jein: 1, nein: 1 })).toEqual({ ja: 34, jein: 33, nein: 33 });
		expect(answerPercents({ ja: 2, jein: 1, nein: 0 })).toEqual({ ja: 67, jein: 33, nein: 0 });
		expect(answerPercents({ ja: 0, jein: 0, nein: 0 })).toEqual({ ja: 0, jein: 0, nein: 0 });
		for (const counts of [
			{ ja: 7, jein: 7, nein: 7 },
			{ ja: 1, jein: 2, nein: 4 },
			{ ja: 13, jein: 29, nein: 58 }
		]) {
			const p = answerPercents(counts);
			expect(p.ja + p.jein + p.nein).toBe(100);
		}
	});
});

describe('percentBelow', () => {
	// 10 participants: 2 with 3 points (12 quarters), 3 with 4.75 (19), 4 with 6 (24), 1 with 8 (32).
	const scores = { '12': 2, '19': 3, '24': 4, '32': 1 };
	it.each([
		[2, 0],
		[3, 0],
		[4.75, 20],
		[5, 50],
		[6, 50],
		[7.25, 90],
		[8, 90]
	])('%s points: more than %i % of everyone', (points, percent) => {
		expect(percentBelow(scores, points)).toBe(percent);
	});
	it('is 0 without any counts', () => {
		expect(percentBelow({}, 8)).toBe(0);
	});
});
