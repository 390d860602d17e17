import { describe, expect, it } from 'vitest';
import { applicableInsights, furthestFromAuthor } from './insights';
import { scoreAnswers } from './scoring';
import { defaultQuiz as articleQuiz } from '$lib/content';
import type { Answer } from './types';

const authorAnswers = articleQuiz.questions.map((q) => q.verdict.answer);
const withAnswers = (changes: Record<number, Answer>) =>
	authorAnswers.map((a, i) => changes[i] ?? a);

describe('applicableInsights', () => {
	it('shows the Werbefläche/Ads distinction when both are answered alike', () => {
		expect(applicableInsights(articleQuiz, withAnswers({ 0: 'ja' }))).toEqual(['organic-vs-paid']);
		expect(applicableInsights(articleQuiz, withAnswers({ 5: 'nein' }))).toEqual([
			'organic-vs-paid'
		]);
		expect(applicableInsights(articleQuiz, withAnswers({ 0: 'jein', 5: 'jein' }))).toEqual([
			'organic-vs-paid'
		]);
	});

	it('stays quiet when they are answered differently', () => {
		expect(applicableInsights(articleQuiz, authorAnswers)).toEqual([]);
		expect(applicableInsights(articleQuiz, withAnswers({ 0: 'jein' }))).toEqual([]);
		expect(applicableInsights(articleQuiz, withAnswers({ 0: 'ja', 5: 'nein' }))).toEqual([]);
	});

	it('ignores a rule that names an unknown question', () => {
		const quiz = {
			...articleQuiz,
			insights: [{ id: 'x', when: { kind: 'alike' as const, questions: ['nope', 'ads'] } }]
		};
		expect(
			applicableInsights(
				quiz,
				authorAnswers.map(() => 'ja')
			)
		).toEqual([]);
	});
});

describe('furthestFromAuthor', () => {
	it('is empty for the author’s own answers', () => {
		expect(furthestFromAuthor(scoreAnswers(articleQuiz, authorAnswers))).toEqual([]);
	});

	it('lists the lowest credit first, ties in question order, at most three', () => {
		const answers = withAnswers({ 0: 'ja', 2: 'ja', 3: 'nein', 6: 'jein', 7: 'nein' });
		// credits: werbeflaeche 0, verkauf 0.25, image 0, facebook 0.5, kommunikation 0
		expect(furthestFromAuthor(scoreAnswers(articleQuiz, answers))).toEqual([
			'werbeflaeche',
			'image',
			'kommunikation'
		]);
		expect(furthestFromAuthor(scoreAnswers(articleQuiz, answers), 5)).toEqual([
			'werbeflaeche',
			'image',
			'kommunikation',
			'verkauf',
			'facebook'
		]);
	});

	it('includes partial answers when fewer than three differ', () => {
		expect(furthestFromAuthor(scoreAnswers(articleQuiz, withAnswers({ 2: 'jein' })))).toEqual([
			'verkauf'
		]);
	});
});
