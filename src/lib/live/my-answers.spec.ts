import { describe, expect, it } from 'vitest';
import { answerIn, decodeLiveAnswers, encodeLiveAnswers, latestAnswers } from './my-answers';

describe("a participant's own answers", () => {
	const mine = [
		{ question: 0, round: 1, answer: 'ja' as const },
		{ question: 0, round: 2, answer: 'nein' as const },
		{ question: 2, round: 1, answer: 'jein' as const }
	];

	it('take the latest round per question, with gaps where they did not vote', () => {
		expect(latestAnswers(mine, 4)).toEqual(['nein', null, 'jein', null]);
		expect(answerIn(mine, 0, 1)).toBe('ja');
		expect(answerIn(mine, 1, 1)).toBeNull();
	});

	it('travel in the URL with the quiz letters and - for a gap', () => {
		const param = encodeLiveAnswers(latestAnswers(mine, 4));
		expect(param).toBe('n-p-');
		expect(decodeLiveAnswers(param, 4)).toEqual(['nein', null, 'jein', null]);
	});

	it('read a damaged or foreign parameter as gaps, never more answers than questions', () => {
		expect(decodeLiveAnswers('yx<n', 4)).toEqual(['ja', null, null, 'nein']);
		expect(decodeLiveAnswers('yyyyyyyyyyyy', 3)).toEqual(['ja', 'ja', 'ja']);
		expect(decodeLiveAnswers(null, 2)).toEqual([null, null]);
	});
});
