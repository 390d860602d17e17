import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholePercents } from './state';

describe('whole percents of a distribution', () => {
	it('add up to exactly 100 and stay within one point of the exact share', () => {
		fc.assert(
			fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (ja, jein, nein) => {
				fc.pre(ja + jein + nein > 0);
				const p = wholePercents({ ja, jein, nein });
				expect(p.ja + p.jein + p.nein).toBe(100);
				const n = ja + jein + nein;
				for (const [k, v] of Object.entries({ ja, jein, nein })) {
					expect(Math.abs(p[k as 'ja'] - (v * 100) / n)).toBeLessThan(1);
				}
			})
		);
	});

	it('read as expected for a room of three and for nobody', () => {
		expect(wholePercents({ ja: 1, jein: 1, nein: 1 })).toEqual({ ja: 34, jein: 33, nein: 33 });
		expect(wholePercents({ ja: 14, jein: 4, nein: 0 })).toEqual({ ja: 78, jein: 22, nein: 0 });
		expect(wholePercents({ ja: 0, jein: 0, nein: 0 })).toEqual({ ja: 0, jein: 0, nein: 0 });
	});
});
