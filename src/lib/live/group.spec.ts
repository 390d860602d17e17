import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import { furthestQuestions, groupAverage, groupCredit } from './group';

const verdicts = defaultQuiz.questions.map((q) => q.verdict);
const byId = (id: string) => defaultQuiz.questions.find((q) => q.id === id)?.verdict;

describe('the group against the author', () => {
	it('averages the credit the engine gives each answer', () => {
		// verkauf: "Nein (noch nicht)", softened: Nein 1, Jein 0.75, Ja 0.25.
		const verkauf = byId('verkauf');
		expect(verkauf).toMatchObject({ answer: 'nein', kind: 'softened' });
		expect(groupCredit({ ja: 1, jein: 2, nein: 1 }, verkauf!)).toBeCloseTo((0.25 + 1.5 + 1) / 4);
		expect(groupCredit({ ja: 0, jein: 0, nein: 0 }, verkauf!)).toBeNull();
	});

	it('lists the questions furthest from the author, lowest first, skipping those not shown', () => {
		const questions = defaultQuiz.questions.map((q) => [
			q.verdict.answer === 'ja' ? { ja: 4, jein: 0, nein: 0 } : { ja: 0, jein: 0, nein: 4 }
		]);
		// werbeflaeche (author: Nein): all say Ja → 0; facebook (Nein): half Jein → 0.75.
		questions[0] = [{ ja: 4, jein: 0, nein: 0 }];
		questions[6] = [
			{ ja: 4, jein: 0, nein: 0 },
			{ ja: 0, jein: 2, nein: 2 }
		];
		questions[2] = [];
		const summary = { questions, bands: {}, percentSum: 0 };
		const furthest = furthestQuestions(summary, verdicts);
		expect(furthest.map((f) => defaultQuiz.questions[f.question]?.id)).toEqual([
			'werbeflaeche',
			// traffic (Jein verdict): everyone said Nein → 0.5
			'traffic',
			'facebook'
		]);
		expect(furthest.map((f) => f.credit)).toEqual([0, 0.5, 0.75]);
	});

	it('averages the percents of those who answered everything', () => {
		expect(
			groupAverage({ questions: [], bands: { profi: 2, umdenken: 1 }, percentSum: 250 })
		).toEqual({
			complete: 3,
			percent: 83
		});
		expect(groupAverage({ questions: [], bands: {}, percentSum: 0 })).toEqual({
			complete: 0,
			percent: null
		});
	});
});
