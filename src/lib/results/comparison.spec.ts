import { describe, expect, it } from 'vitest';
import { answerPercents, percentBelow, scoreStanding } from './comparison';

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

describe('scoreStanding', () => {
	// The same 10 participants: 2 × 3 points, 3 × 4.75, 4 × 6, 1 × 8.
	const scores = { '12': 2, '19': 3, '24': 4, '32': 1 };

	it('counts fewer and as many points apart: a tie is neither above nor below', () => {
		expect(scoreStanding(scores, 6)).toEqual({ fewer: 50, same: 40, fewerThan: 'some' });
		expect(scoreStanding(scores, 3)).toEqual({ fewer: 0, same: 20, fewerThan: 'none' });
		expect(scoreStanding(scores, 8)).toEqual({ fewer: 90, same: 10, fewerThan: 'some' });
		expect(scoreStanding(scores, 8.25)).toEqual({ fewer: 100, same: 0, fewerThan: 'all' });
		expect(scoreStanding(scores, 0)).toEqual({ fewer: 0, same: 0, fewerThan: 'none' });
	});

	it('never rounds to 100 % while someone has as many points, nor to 0 % while someone has fewer', () => {
		// 1,000 participants: 999 with 4 points, one with 8.
		const crowd = { '16': 999, '32': 1 };
		expect(scoreStanding(crowd, 8)).toEqual({ fewer: 99, same: 1, fewerThan: 'some' });
		expect(percentBelow(crowd, 8)).toBe(99);
		expect(scoreStanding(crowd, 4)).toEqual({ fewer: 0, same: 99, fewerThan: 'none' });
		// One of 1,000 below: "mehr Punkte als 1 %", not "als 0 %".
		expect(scoreStanding({ '0': 1, '16': 999 }, 4).fewer).toBe(1);
	});

	it('is all zero without counts', () => {
		expect(scoreStanding({}, 4)).toEqual({ fewer: 0, same: 0, fewerThan: 'none' });
	});
});
