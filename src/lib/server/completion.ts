import type { RequestEvent } from '@sveltejs/kit';
import type { Answers, QuizDefinition } from '$lib/quiz/types';
import { comparisonSettings, countCompletion } from './comparison';
import { config } from './config';
import { getDb } from './db';
import { logThrottled } from './log';

/**
 * For the quiz flow's last step: counts the finished answers for the comparison with everyone
 * (see comparison.ts), in the background, so the participant's redirect never waits for it.
 */
export function countOnCompletion(
	event: Pick<RequestEvent, 'getClientAddress'>,
	quiz: QuizDefinition
) {
	return (answers: Answers) => {
		const settings = comparisonSettings(config());
		if (!settings.enabled) return;
		const address = event.getClientAddress();
		const failed = (error: unknown) =>
			logThrottled(
				'comparison-write',
				'warn',
				{ reason: String(error) },
				'Comparison counters not written'
			);
		getDb()
			.then((db) => countCompletion(db, quiz, answers, address, settings, failed))
			.catch(failed);
	};
}
