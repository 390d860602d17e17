import { describe, expect, it } from 'vitest';
import { allowedActions, isLastReveal, step, type Position } from './flow';

const at = (status: Position['status'], question = 0, round = 1): Position => ({
	status,
	question,
	round
});

describe('the workshop course', () => {
	it('goes lobby → open → revealed → second round → revealed → next question', () => {
		let position = at('lobby');
		const path = ['show', 'reveal', 'again', 'reveal', 'next'] as const;
		const seen = path.map((action) => {
			const next = step(position, action, 8);
			expect(next, action).not.toBeNull();
			position = next as Position;
			return `${position.status} ${position.question}/${position.round}`;
		});
		expect(seen).toEqual(['open 0/1', 'revealed 0/1', 'open 0/2', 'revealed 0/2', 'open 1/1']);
	});

	it('offers only the steps that make sense, in button order', () => {
		expect(allowedActions(at('lobby'), 8)).toEqual(['show', 'end']);
		expect(allowedActions(at('open'), 8)).toEqual(['reveal', 'end']);
		expect(allowedActions(at('revealed'), 8)).toEqual(['again', 'next', 'end']);
		expect(allowedActions(at('revealed', 0, 2), 8)).toEqual(['next', 'end']);
		expect(allowedActions(at('revealed', 7, 1), 8)).toEqual(['again', 'end']);
		expect(allowedActions(at('ended', 7, 1), 8)).toEqual([]);
	});

	it('refuses what the state does not allow: no reveal twice, no third round, nothing after the end', () => {
		expect(step(at('revealed'), 'reveal', 8)).toBeNull();
		expect(step(at('revealed', 3, 2), 'again', 8)).toBeNull();
		expect(step(at('open'), 'next', 8)).toBeNull();
		expect(step(at('ended'), 'end', 8)).toBeNull();
		expect(step(at('ended'), 'show', 8)).toBeNull();
	});

	it('knows when the last question has been revealed', () => {
		expect(isLastReveal(at('revealed', 7, 1), 8)).toBe(true);
		expect(isLastReveal(at('revealed', 6, 2), 8)).toBe(false);
		expect(isLastReveal(at('open', 7, 1), 8)).toBe(false);
	});
});
