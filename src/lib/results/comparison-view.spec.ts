import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import type { Answer } from '$lib/quiz/types';
import type { ComparisonFigures } from './comparison';
import { buildComparisonView, standingText } from './comparison-view';

const author = defaultQuiz.questions.map((q) => q.verdict.answer);
const allJa: Answer[] = defaultQuiz.questions.map(() => 'ja');

/** 40 completions: per question 20 Ja, 12 Jein, 8 Nein; scores 10 × 3, 20 × 4, 10 × 8 points. */
const figures: ComparisonFigures = {
	completions: 40,
	answers: defaultQuiz.questions.map(() => ({ ja: 20, jein: 12, nein: 8 })),
	scores: { '12': 10, '16': 20, '32': 10 }
};
const ready = { status: 'ready', figures, takenAt: '2026-11-28T14:00:00.000Z' } as const;

describe('the comparison on the results page', () => {
	it('is nothing at all when it is off', () => {
		expect(buildComparisonView({ status: 'off' }, defaultQuiz, author, 'de')).toEqual({
			status: 'off'
		});
	});

	it('says below the threshold how many completions there are, in both languages', () => {
		const pending = { status: 'pending', completions: 12, minCount: 30 } as const;
		expect(buildComparisonView(pending, defaultQuiz, author, 'de')).toEqual({
			status: 'pending',
			line: 'Vergleich mit allen Teilnehmenden ab 30 Teilnahmen – bisher 12.'
		});
		expect(buildComparisonView(pending, defaultQuiz, author, 'en')).toEqual({
			status: 'pending',
			line: 'Comparison with all participants from 30 completions – 12 so far.'
		});
		const big = { status: 'pending', completions: 1234, minCount: 5000 } as const;
		expect(buildComparisonView(big, defaultQuiz, author, 'de')).toMatchObject({
			line: 'Vergleich mit allen Teilnehmenden ab 5.000 Teilnahmen – bisher 1.234.'
		});
	});

	it('gives every question Ja, Jein and Nein in whole percents, with both answers marked', () => {
		const view = buildComparisonView(ready, defaultQuiz, allJa, 'de');
		if (view.status !== 'ready') throw new Error(view.status);
		expect(view.rows.map((r) => r.id)).toEqual(defaultQuiz.questions.map((q) => q.id));
		const werbeflaeche = view.rows[0]!;
		expect(werbeflaeche.figures).toEqual([
			{ answer: 'ja', label: 'Ja', percent: 50, percentLabel: '50 %', you: true, author: false },
			{
				answer: 'jein',
				label: 'Jein',
				percent: 30,
				percentLabel: '30 %',
				you: false,
				author: false
			},
			{ answer: 'nein', label: 'Nein', percent: 20, percentLabel: '20 %', you: false, author: true }
		]);
		// Where the participant answers as the article does, one figure carries both marks.
		const image = view.rows.find((r) => r.id === 'image')!;
		expect(image.figures.filter((f) => f.you && f.author).map((f) => f.answer)).toEqual(['ja']);
		expect(view.intro).toBe(
			'Die Balken zeigen, wie alle 40 Teilnehmenden geantwortet haben – anonym gezählt, Stand 28. November 2026.'
		);
		expect(view.label).toBe('Alle Teilnehmenden');
		expect(view.marks).toEqual({ you: 'deine Antwort', author: 'Antwort des Artikels' });
	});

	it('places the score among everyone’s from the histogram', () => {
		// All Ja: 4 points. 10 have fewer (3 points), 20 as many.
		const de = buildComparisonView(ready, defaultQuiz, allJa, 'de');
		expect(de).toMatchObject({
			standing: 'Du hast mehr Punkte als 25 % der Teilnehmenden. 50 % haben genauso viele.'
		});
		const en = buildComparisonView(ready, defaultQuiz, author, 'en');
		expect(en).toMatchObject({
			standing: 'You have more points than 75 % of participants. 25 % have just as many.',
			intro:
				'The bars show how all 40 participants answered – counted anonymously, as of 28 November 2026.',
			label: 'All participants'
		});
	});
});

describe('the standing in words', () => {
	it('words ties, the lowest and the highest score truthfully', () => {
		const scores = { '12': 10, '16': 20, '32': 10 };
		expect(standingText(scores, 3, 'de')).toBe(
			'Bisher hat niemand weniger Punkte als du. 25 % haben genauso viele.'
		);
		expect(standingText(scores, 2, 'en')).toBe('Nobody so far has fewer points than you.');
		expect(standingText({ '16': 10 }, 5, 'de')).toBe(
			'Du hast mehr Punkte als alle bisherigen Teilnehmenden.'
		);
		expect(standingText({ '16': 10 }, 4, 'de')).toBe(
			'Alle bisherigen Teilnehmenden haben genauso viele Punkte wie du.'
		);
		expect(standingText({ '16': 10 }, 4, 'en')).toBe(
			'Everyone so far has just as many points as you.'
		);
		expect(standingText({ '12': 1, '16': 2 }, 5, 'en')).toBe(
			'You have more points than everyone so far.'
		);
		expect(standingText({ '12': 3, '20': 1 }, 4, 'de')).toBe(
			'Du hast mehr Punkte als 75 % der Teilnehmenden.'
		);
	});

	it('speaks formally in a Sie campaign, in German only', () => {
		const scores = { '12': 10, '16': 20, '32': 10 };
		expect(standingText(scores, 3, 'de', 'sie')).toBe(
			'Bisher hat niemand weniger Punkte als Sie. 25 % haben genauso viele.'
		);
		expect(standingText({ '16': 10 }, 5, 'de', 'sie')).toBe(
			'Sie haben mehr Punkte als alle bisherigen Teilnehmenden.'
		);
		expect(standingText({ '16': 10 }, 4, 'de', 'sie')).toBe(
			'Alle bisherigen Teilnehmenden haben genauso viele Punkte wie Sie.'
		);
		expect(standingText({ '12': 3, '20': 1 }, 4, 'de', 'sie')).toBe(
			'Sie haben mehr Punkte als 75 % der Teilnehmenden.'
		);
		expect(standingText({ '12': 3, '20': 1 }, 4, 'en', 'sie')).toBe(
			'You have more points than 75 % of participants.'
		);
		expect(buildComparisonView(ready, defaultQuiz, author, 'de', 'sie')).toMatchObject({
			standing: 'Sie haben mehr Punkte als 75 % der Teilnehmenden. 25 % haben genauso viele.',
			marks: { you: 'Ihre Antwort' }
		});
	});
});
