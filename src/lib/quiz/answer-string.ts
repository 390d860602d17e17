import type { Answer } from './types';

/**
 * Answers in the quiz URL (`?a=ypn`): one letter per answered question, language-neutral,
 * so a link keeps working when the participant switches language.
 */
const LETTER: Record<Answer, string> = { ja: 'y', jein: 'p', nein: 'n' };
const FROM_LETTER = new Map(
	Object.entries(LETTER).map(([answer, letter]) => [letter, answer as Answer])
);

export function answersToParam(answers: readonly Answer[]): string {
	return answers.map((a) => LETTER[a]).join('');
}

/**
 * Reads as many valid answers as the parameter holds, stopping at the first bad letter and
 * after `max` answers, so a hand-edited URL falls back to its last valid step.
 */
export function answersFromParam(param: string | null, max: number): Answer[] {
	const answers: Answer[] = [];
	for (const letter of (param ?? '').slice(0, max)) {
		const answer = FROM_LETTER.get(letter);
		if (!answer) break;
		answers.push(answer);
	}
	return answers;
}

/** True when the parameter is exactly what `answersFromParam` understood (nothing dropped). */
export function isCleanParam(param: string | null, max: number): boolean {
	const p = param ?? '';
	return answersToParam(answersFromParam(p, max)) === p;
}
