import { describe, expect, it } from 'vitest';
import { bandFor, creditFor, scoreAnswers } from './scoring';
import { defaultQuiz as articleQuiz } from '$lib/content';
import type { Answer, VerdictKind } from './types';

const authorAnswers = articleQuiz.questions.map((q) => q.verdict.answer);
const all = (a: Answer) => articleQuiz.questions.map(() => a);

describe('scoreAnswers: the checks in PRODUCT.md', () => {
	it.each([
		{
			name: 'the author’s own answers',
			answers: authorAnswers,
			total: 8,
			percent: 100,
			band: 'profi'
		},
		{ name: 'all Jein', answers: all('jein'), total: 4.75, percent: 59, band: 'umdenken' },
		{ name: 'all Ja', answers: all('ja'), total: 4, percent: 50, band: 'umdenken' },
		{ name: 'all Nein', answers: all('nein'), total: 4.5, percent: 56, band: 'umdenken' }
	])('$name give $total points ($percent %), band $band', ({ answers, total, percent, band }) => {
		const score = scoreAnswers(articleQuiz, answers);
		expect(score.total).toBe(total);
		expect(score.max).toBe(8);
		expect(score.percent).toBe(percent);
		expect(score.bandId).toBe(band);
	});

	it('rejects an incomplete answer set', () => {
		expect(() => scoreAnswers(articleQuiz, ['ja'])).toThrow(/Expected 8 answers/);
	});

	it('marks matches and reasons per question', () => {
		const score = scoreAnswers(articleQuiz, all('jein'));
		const byId = Object.fromEntries(score.questions.map((q) => [q.questionId, q]));
		expect(byId.traffic).toMatchObject({ credit: 1, match: 'full', partialReason: null });
		expect(byId.verkauf).toMatchObject({
			credit: 0.75,
			match: 'partial',
			partialReason: 'qualifier'
		});
		expect(byId.kommunikation).toMatchObject({
			credit: 0.25,
			match: 'partial',
			partialReason: 'emphasis'
		});
		expect(byId.werbeflaeche).toMatchObject({
			credit: 0.5,
			match: 'partial',
			partialReason: 'hedged'
		});
		const ja = scoreAnswers(articleQuiz, all('ja'));
		expect(ja.questions[0]).toMatchObject({ credit: 0, match: 'different', partialReason: null });
		expect(ja.questions[1]).toMatchObject({ credit: 0.5, partialReason: 'jein-verdict' });
	});
});

describe('creditFor: every cell of the credit table', () => {
	const cells: [Answer, VerdictKind, Answer, number][] = [];
	for (const side of ['ja', 'nein'] as const) {
		const other = side === 'ja' ? 'nein' : 'ja';
		cells.push(
			[side, 'plain', side, 1],
			[side, 'plain', 'jein', 0.5],
			[side, 'plain', other, 0],
			[side, 'softened', side, 1],
			[side, 'softened', 'jein', 0.75],
			[side, 'softened', other, 0.25],
			[side, 'emphatic', side, 1],
			[side, 'emphatic', 'jein', 0.25],
			[side, 'emphatic', other, 0]
		);
	}
	cells.push(
		['jein', 'plain', 'jein', 1],
		['jein', 'plain', 'ja', 0.5],
		['jein', 'plain', 'nein', 0.5]
	);

	it.each(cells)('verdict %s (%s), answer %s → %d', (verdict, kind, answer, credit) => {
		expect(creditFor({ answer: verdict, kind }, answer)).toBe(credit);
	});
});

describe('bandFor: the edges', () => {
	it.each([
		[100, 'profi'],
		[85, 'profi'],
		[84, 'gut'],
		[60, 'gut'],
		[59, 'umdenken'],
		[0, 'umdenken']
	])('%i %% is %s', (percent, band) => {
		expect(bandFor(articleQuiz, percent)).toBe(band);
	});

	it('reaches the band edges through real answers', () => {
		// Totals move in quarter points: 6.75 / 8 = 84.4 % → 84, 7 / 8 = 87.5 % → 88;
		// 4.75 / 8 = 59.4 % → 59, 5 / 8 = 62.5 % → 63. No answer set lands on 85 or 60 exactly.
		const answers = [...authorAnswers];
		answers[2] = 'ja'; // softened Nein answered Ja: 0.25 instead of 1
		answers[0] = 'jein'; // plain Nein answered Jein: 0.5 instead of 1
		expect(scoreAnswers(articleQuiz, answers)).toMatchObject({
			total: 6.75,
			percent: 84,
			bandId: 'gut'
		});
		answers[0] = 'nein';
		answers[2] = 'jein'; // softened Nein answered Jein: 0.75
		answers[7] = 'jein'; // emphatic Ja answered Jein: 0.25, so 8 - 0.25 - 0.75 = 7
		expect(scoreAnswers(articleQuiz, answers)).toMatchObject({
			total: 7,
			percent: 88,
			bandId: 'profi'
		});
		expect(scoreAnswers(articleQuiz, all('jein'))).toMatchObject({
			percent: 59,
			bandId: 'umdenken'
		});
		const five = all('jein');
		five[2] = 'nein'; // the softened Nein answered Nein: 0.75 → 1
		expect(scoreAnswers(articleQuiz, five)).toMatchObject({
			total: 5,
			percent: 63,
			bandId: 'gut'
		});
	});
});
