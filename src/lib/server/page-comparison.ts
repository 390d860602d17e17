import type { PublishedComparison } from '$lib/results/comparison';
import type { QuizDefinition } from '$lib/quiz/types';
import { comparisonSettings, publishedComparison } from './comparison';
import { config } from './config';
import { getDb } from './db';
import { logThrottled } from './log';

/** How long a page waits for the comparison before it is drawn without it. */
export const COMPARISON_WAIT_MS = 1500;

/**
 * The comparison for a page (results, dashboard). It is an extra: a results page needs no stored
 * state, so a database that is gone, slow or full leaves the comparison out instead of turning
 * the page into an error, and is logged at most once a minute.
 */
export async function comparisonForPage(
	quiz: Pick<QuizDefinition, 'id' | 'version' | 'questions'>
): Promise<PublishedComparison> {
	const settings = comparisonSettings(config());
	if (!settings.enabled) return { status: 'off' };
	return orNothing(
		getDb().then((db) => publishedComparison(db, quiz, settings)),
		COMPARISON_WAIT_MS,
		(reason) => logThrottled('comparison-read', 'warn', { reason }, 'Comparison left out of a page')
	);
}

/**
 * `work`'s comparison, or `{ status: 'off' }` when it fails or takes longer than `waitMs` (it
 * goes on in the background then and fills the snapshot cache for later pages).
 */
export async function orNothing(
	work: Promise<PublishedComparison>,
	waitMs: number,
	onFailure: (reason: string) => void
): Promise<PublishedComparison> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<'late'>((resolve) => {
		timer = setTimeout(() => resolve('late'), waitMs);
	});
	try {
		const result = await Promise.race([work, late]);
		if (result !== 'late') return result;
		onFailure('timeout');
	} catch (error) {
		onFailure(error instanceof Error ? error.message : String(error));
	} finally {
		clearTimeout(timer);
	}
	work.catch(() => {}); // settles later, after the page was drawn without it
	return { status: 'off' };
}
