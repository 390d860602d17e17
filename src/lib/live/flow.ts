/**
 * The workshop's course, as the presenter moves it on:
 *
 *   lobby --show--> open(1, round 1) --reveal--> revealed --again--> open(round 2) --reveal--> revealed
 *   revealed --next--> open(next question, round 1)              any state --end--> ended
 *
 * Only `open` takes answers; only `revealed` shows a distribution.
 */
export const LIVE_STATUSES = ['lobby', 'open', 'revealed', 'ended'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

export const PRESENTER_ACTIONS = ['show', 'reveal', 'again', 'next', 'end'] as const;
export type PresenterAction = (typeof PRESENTER_ACTIONS)[number];

/** A second vote after the discussion; more rounds would only blur the comparison. */
export const MAX_ROUNDS = 2;

export interface Position {
	status: LiveStatus;
	/** Index of the current question (in the lobby: the first one to come). */
	question: number;
	round: number;
}

/** Where `action` leads from `from`, or null when the presenter cannot take it there. */
export function step(
	from: Position,
	action: PresenterAction,
	questionCount: number
): Position | null {
	const { status, question, round } = from;
	switch (action) {
		case 'show':
			return status === 'lobby' ? { status: 'open', question: 0, round: 1 } : null;
		case 'reveal':
			return status === 'open' ? { status: 'revealed', question, round } : null;
		case 'again':
			return status === 'revealed' && round < MAX_ROUNDS
				? { status: 'open', question, round: round + 1 }
				: null;
		case 'next':
			return status === 'revealed' && question + 1 < questionCount
				? { status: 'open', question: question + 1, round: 1 }
				: null;
		case 'end':
			return status === 'ended' ? null : { status: 'ended', question, round };
	}
}

/** The actions the presenter's view offers now, in the order of its buttons. */
export function allowedActions(from: Position, questionCount: number): PresenterAction[] {
	return PRESENTER_ACTIONS.filter((action) => step(from, action, questionCount) !== null);
}

/** True once every question has been revealed at least once: ending is then the natural step. */
export function isLastReveal(from: Position, questionCount: number): boolean {
	return from.status === 'revealed' && from.question === questionCount - 1;
}
