import { describe, expect, it } from 'vitest';
import { answersFromParam, answersToParam, isCleanParam } from './answer-string';

describe('answers in the quiz URL', () => {
	it('round-trips', () => {
		expect(answersToParam(['ja', 'jein', 'nein'])).toBe('ypn');
		expect(answersFromParam('ypn', 8)).toEqual(['ja', 'jein', 'nein']);
	});

	it('keeps the valid prefix of a hand-edited parameter', () => {
		expect(answersFromParam('yyXn', 8)).toEqual(['ja', 'ja']);
		expect(answersFromParam('yyyyyyyyyy', 8)).toHaveLength(8);
		expect(answersFromParam(null, 8)).toEqual([]);
		expect(isCleanParam('yyXn', 8)).toBe(false);
		expect(isCleanParam('yyyyyyyyy', 8)).toBe(false);
		expect(isCleanParam('ypn', 8)).toBe(true);
		expect(isCleanParam(null, 8)).toBe(true);
	});
});
