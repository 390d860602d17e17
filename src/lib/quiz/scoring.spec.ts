import { describe, expect, it } from 'vitest';
import { bandFor, creditFor, scoreAnswers } from './scoring';
import { articleQuiz } from './test-quiz';
import type { Answer, VerdictKind } from './types';

const authorAnswers = articleQuiz.questions.map((q) => q.verdict.answer);
const all = (a: Answer) => articleQuiz.questions.map(() => a);

describe('scoreAnswers: the checks in PRODUCT.md', () => {
	it.each([
		['the author’s own answers', authorAnswers, 8, 100, 'profi'],
		['all Jein', all('jein'), 4.75, 59, 'umdenken'],
		['all Ja', all('ja'), 4, 50, 'umdenken'],
		['all Nein', all('nein'), 4.5, 56, 'umdenken']
	] as const)('%s give %d points (%d %%)', (_, answers, total, percent, band) => {
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
	])('%d %% is %s', (percent, band) => {
		expect(bandFor(articleQuiz, percent)).toBe(band);
	});

	it('reaches the edges through real answers', () => {
		// 6.75 / 8 = 84.4 % → 84; 7 / 8 = 87.5 % → 88
		const nearly = [...authorAnswers];
		nearly[2] = 'ja'; // softened Nein answered Ja: 0.25
		expect(scoreAnswers(articleQuiz, nearly)).toMatchObject({
			total: 7.25,
			percent: 91,
			bandId: 'profi'
		});
		nearly[4] = 'ja'; // 6.5 → 81 %
		expect(scoreAnswers(articleQuiz, nearly)).toMatchObject({ percent: 81, bandId: 'gut' });
	});
});
