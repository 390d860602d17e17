import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import {
	everyoneFigures,
	formatDay,
	largestGaps,
	questionFigures,
	wholePercents
} from './dashboard-view';

/** A question of the shipped quiz, as the dashboard's load passes it. */
const question = (id: string) => {
	const q = defaultQuiz.questions.find((q) => q.id === id)!;
	return { id, short: q.short.de, verdictLabel: q.verdict.label.de, verdict: q.verdict };
};

describe('the dashboard’s figures per question', () => {
	it('says how many see it as the author does, and how far the group is from the author', () => {
		// werbeflaeche: the author says a plain Nein.
		const f = questionFigures(question('werbeflaeche'), { ja: 6, jein: 2, nein: 2 });
		expect(f).toMatchObject({
			author: 'nein',
			total: 10,
			percents: { ja: 60, jein: 20, nein: 20 },
			agree: 20,
			most: 'ja'
		});
		// Credit: Nein 1, Jein 0.5, Ja 0 → (2 + 1) / 10 = 0.3; the gap is 0.7.
		expect(f.gap).toBeCloseTo(0.7);
	});

	it('counts a Jein as half way for a plain verdict and as closer for a softened one', () => {
		const plain = questionFigures(question('werbeflaeche'), { ja: 0, jein: 4, nein: 0 });
		const softened = questionFigures(question('verkauf'), { ja: 0, jein: 4, nein: 0 });
		expect(plain.gap).toBeCloseTo(0.5);
		expect(softened.gap).toBeCloseTo(0.25);
		expect(plain.agree).toBe(0);
	});

	it('is all zero without answers', () => {
		expect(questionFigures(question('ads'), { ja: 0, jein: 0, nein: 0 })).toMatchObject({
			total: 0,
			agree: 0,
			gap: 0,
			most: 'ja',
			percents: { ja: 0, jein: 0, nein: 0 }
		});
	});

	it('rounds each percent on its own, so equal counts read the same', () => {
		expect(wholePercents({ ja: 4, jein: 1, nein: 1 })).toEqual({ ja: 67, jein: 17, nein: 17 });
		expect(wholePercents({ ja: 1, jein: 1, nein: 1 })).toEqual({ ja: 33, jein: 33, nein: 33 });
	});
});

describe('where the group is furthest from the author', () => {
	it('lists the three largest gaps, largest first, ties in quiz order, none without a gap', () => {
		const figures = [
			questionFigures(question('werbeflaeche'), { ja: 5, jein: 0, nein: 5 }), // 0.5
			questionFigures(question('traffic'), { ja: 0, jein: 10, nein: 0 }), // 0
			questionFigures(question('verkauf'), { ja: 10, jein: 0, nein: 0 }), // 0.75
			questionFigures(question('image'), { ja: 0, jein: 0, nein: 10 }), // 1
			questionFigures(question('gefahr'), { ja: 5, jein: 0, nein: 5 }), // 0.375
			questionFigures(question('ads'), { ja: 5, jein: 0, nein: 5 }) // 0.5
		];
		expect(largestGaps(figures).map((f) => f.id)).toEqual(['image', 'verkauf', 'werbeflaeche']);
		expect(largestGaps(figures, 5).map((f) => f.id)).toEqual([
			'image',
			'verkauf',
			'werbeflaeche',
			'ads',
			'gefahr'
		]);
		expect(largestGaps([figures[1]!])).toEqual([]);
	});
});

describe('dates', () => {
	it('are written as people write them', () => {
		expect(formatDay('2026-11-27', 'de')).toBe('27.11.2026');
		expect(formatDay('2026-11-27', 'en')).toBe('27/11/2026');
		expect(formatDay('not a day', 'de')).toBe('not a day');
	});
});

describe('all participants beside the campaign', () => {
	it('gives the same whole percents as a results page, and the share who answer as the author', () => {
		const verdicts = defaultQuiz.questions.map((q) => q.verdict.answer);
		const answers = defaultQuiz.questions.map(() => ({ ja: 1, jein: 1, nein: 1 }));
		const figures = everyoneFigures(verdicts, answers);
		expect(figures).toHaveLength(8);
		// Thirds add up to 100 here (largest remainder), as participants see them.
		expect(figures[0]).toEqual({ percents: { ja: 34, jein: 33, nein: 33 }, agree: 33 });
		// kommunikation: the author says Ja.
		expect(figures[7]!.agree).toBe(34);
	});

	it('is zero for a question nobody has answered yet', () => {
		expect(everyoneFigures(['ja'], [])).toEqual([
			{ percents: { ja: 0, jein: 0, nein: 0 }, agree: 0 }
		]);
	});
});
