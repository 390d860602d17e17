import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Answers, QuizDefinition } from '$lib/quiz/types';
import { comparisonSettings, countCompletion } from './comparison';
import { getDb } from './db';

/**
 * For the quiz flow's last step: counts the finished answers for the comparison with everyone
 * (see comparison.ts), in the background, so the participant's redirect never waits for it.
 */
export function countOnCompletion(
	event: Pick<RequestEvent, 'getClientAddress'>,
	quiz: QuizDefinition
) {
	return (answers: Answers) => {
		const settings = comparisonSettings(env);
		if (!settings.enabled) return;
		const address = event.getClientAddress();
		getDb()
			.then((db) => countCompletion(db, quiz, answers, address, settings))
			.catch((error: unknown) => console.error('Comparison counters not written:', String(error)));
	};
}
