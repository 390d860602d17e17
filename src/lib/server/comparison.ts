import type { Kysely } from 'kysely';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { ComparisonFigures, PublishedComparison } from '$lib/results/comparison';
import { scoreAnswers } from '$lib/quiz/scoring';
import { ANSWERS, type Answer, type Answers, type QuizDefinition } from '$lib/quiz/types';
import type { Config } from './config-schema';
import type { DB } from './db/schema';
import { compareText, groupCommit, perDatabase } from './group-commit';

/**
 * The anonymous comparison with everyone who took a quiz ("So antworten andere").
 *
 * Counting: when a complete set of answers becomes a result, one is added per question and
 * answer and one per total score, for the quiz and its version. Nothing else is stored: no share
 * code, no time, no address, no campaign, and no order (counters only grow).
 *
 * Publishing: pages show a snapshot of the counters, taken at most every `refreshSeconds`, the
 * same for every instance (it lives in the database), and only once it holds `minCount`
 * completions, so nobody's answers can be read off the change one completion makes.
 */
export interface ComparisonSettings {
	enabled: boolean;
	refreshSeconds: number;
	minCount: number;
	/** Completions one client address may add per minute (in memory, never written down). */
	perMinute: number;
}

/** From the validated settings (config-schema.ts): BENCHMARK, BENCHMARK_REFRESH_S, … */
export function comparisonSettings(
	settings: Pick<
		Config,
		'BENCHMARK' | 'BENCHMARK_REFRESH_S' | 'BENCHMARK_MIN_COUNT' | 'BENCHMARK_COMPLETIONS_PER_MINUTE'
	>
): ComparisonSettings {
	return {
		enabled: settings.BENCHMARK !== 'off',
		refreshSeconds: settings.BENCHMARK_REFRESH_S,
		minCount: settings.BENCHMARK_MIN_COUNT,
		perMinute: settings.BENCHMARK_COMPLETIONS_PER_MINUTE
	};
}

interface Completion {
	quizId: string;
	version: number;
	answers: Answers;
	quarters: number;
}

let limiter: { perMinute: number; store: RateLimiterMemory } | undefined;

/**
 * How long counted completions wait in memory before they are written, together: at most a
 * few transactions a second however many people finish (on SQLite each commit is an fsync that
 * holds the process), at the price of losing at most this much in a crash.
 */
export const WRITE_INTERVAL_MS = 200;

/** The databases that counted completions in this process (one, outside tests). */
const counting = new Set<Kysely<DB>>();
/** Completions counted and not yet handed to the writer, per database. */
const unwritten = new Map<
	Kysely<DB>,
	{ completions: Completion[]; onWriteError: (error: unknown) => void }
>();

/**
 * Counts a completion unless comparison is off or the address has added its few completions
 * this minute. Never delays or fails the participant's way to the result: the write happens in
 * the background (anonymous figures may lose the last few completions in a crash; shares may not).
 */
export async function countCompletion(
	db: Kysely<DB>,
	quiz: QuizDefinition,
	answers: Answers,
	address: string,
	settings: ComparisonSettings,
	/** A failed background write (the database gone); the participant is not bothered with it. */
	onWriteError: (error: unknown) => void = () => {}
): Promise<boolean> {
	if (!settings.enabled) return false;
	if (limiter?.perMinute !== settings.perMinute) {
		limiter = {
			perMinute: settings.perMinute,
			store: new RateLimiterMemory({ points: settings.perMinute, duration: 60 })
		};
	}
	const allowed = await limiter.store.consume(address).then(
		() => true,
		() => false
	);
	if (!allowed) return false;
	const quarters = Math.round(scoreAnswers(quiz, answers).total * 4);
	const completion = { quizId: quiz.id, version: quiz.version, answers, quarters };
	counting.add(db);
	const waiting = unwritten.get(db);
	if (waiting) {
		waiting.completions.push(completion);
		waiting.onWriteError = onWriteError;
	} else {
		unwritten.set(db, { completions: [completion], onWriteError });
		setTimeout(() => void handOver(db), WRITE_INTERVAL_MS).unref();
	}
	return true;
}

/** Passes what waits for `db` to its writer (one write at a time); a failure goes to the handler. */
function handOver(db: Kysely<DB>): Promise<void> {
	const waiting = unwritten.get(db);
	if (!waiting) return Promise.resolve();
	unwritten.delete(db);
	return writeCompletion(db, waiting.completions).catch(waiting.onWriteError);
}

/** Waits until every completion counted so far is written (tests, shutdown). */
export async function completionsWritten(db: Kysely<DB>): Promise<void> {
	await handOver(db);
	await writeCompletion(db, []);
}

/**
 * Writes what is still in memory or under way, for every database that counted: on shutdown,
 * before the database is closed. Never fails (a failure went to the write's handler).
 */
export async function writeAllCompletions(): Promise<void> {
	await Promise.all([...counting].map((db) => completionsWritten(db).catch(() => {})));
}

const writeCompletion = perDatabase((db: Kysely<DB>) =>
	groupCommit((batch: Completion[][]) => writeCompletions(db, batch.flat()))
);

/** Adds a batch of completions to the counters: two statements, rows in a fixed order. */
async function writeCompletions(db: Kysely<DB>, completions: Completion[]) {
	if (completions.length === 0) return;
	const answerRows = new Map<
		string,
		{ quiz_id: string; quiz_version: number; question: number; answer: string; count: number }
	>();
	const scoreRows = new Map<
		string,
		{ quiz_id: string; quiz_version: number; quarters: number; count: number }
	>();
	for (const c of completions) {
		c.answers.forEach((answer, question) => {
			const key = `${c.quizId}\n${pad(c.version)}\n${pad(question)}\n${answer}`;
			const row = answerRows.get(key) ?? {
				quiz_id: c.quizId,
				quiz_version: c.version,
				question,
				answer,
				count: 0
			};
			row.count += 1;
			answerRows.set(key, row);
		});
		const key = `${c.quizId}\n${pad(c.version)}\n${pad(c.quarters)}`;
		const row = scoreRows.get(key) ?? {
			quiz_id: c.quizId,
			quiz_version: c.version,
			quarters: c.quarters,
			count: 0
		};
		row.count += 1;
		scoreRows.set(key, row);
	}
	const sorted = <T>(map: Map<string, T>) =>
		[...map].sort(([a], [b]) => compareText(a, b)).map(([, row]) => row);
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('comparison_answer_counts')
			.values(sorted(answerRows))
			.onConflict((oc) =>
				oc.columns(['quiz_id', 'quiz_version', 'question', 'answer']).doUpdateSet((eb) => ({
					count: eb('comparison_answer_counts.count', '+', eb.ref('excluded.count'))
				}))
			)
			.execute();
		await trx
			.insertInto('comparison_score_counts')
			.values(sorted(scoreRows))
			.onConflict((oc) =>
				oc.columns(['quiz_id', 'quiz_version', 'quarters']).doUpdateSet((eb) => ({
					count: eb('comparison_score_counts.count', '+', eb.ref('excluded.count'))
				}))
			)
			.execute();
	});
}

const pad = (n: number) => String(n).padStart(4, '0');

/** The counters of a quiz version as they are now. */
export async function currentFigures(
	db: Kysely<DB>,
	quiz: Pick<QuizDefinition, 'id' | 'version' | 'questions'>
): Promise<ComparisonFigures> {
	const [answerRows, scoreRows] = await Promise.all([
		db
			.selectFrom('comparison_answer_counts')
			.select(['question', 'answer', 'count'])
			.where('quiz_id', '=', quiz.id)
			.where('quiz_version', '=', quiz.version)
			.execute(),
		db
			.selectFrom('comparison_score_counts')
			.select(['quarters', 'count'])
			.where('quiz_id', '=', quiz.id)
			.where('quiz_version', '=', quiz.version)
			.execute()
	]);
	const answers = quiz.questions.map(() => ({ ja: 0, jein: 0, nein: 0 }) as Record<Answer, number>);
	for (const row of answerRows) {
		const counts = answers[Number(row.question)];
		if (counts && (ANSWERS as readonly string[]).includes(row.answer)) {
			counts[row.answer as Answer] = Number(row.count);
		}
	}
	const scores: Record<string, number> = {};
	let completions = 0;
	for (const row of scoreRows) {
		scores[String(row.quarters)] = Number(row.count);
		completions += Number(row.count);
	}
	return { completions, answers, scores };
}

export type Comparison = PublishedComparison;

interface Snapshot {
	figures: ComparisonFigures;
	takenAt: number;
}

/** The snapshot last read, per database and quiz version, until it is due for a refresh. */
const caches = new WeakMap<Kysely<DB>, Map<string, Snapshot>>();
/** A refresh under way, so that the pages asking meanwhile wait for it instead of repeating it. */
const refreshes = new WeakMap<Kysely<DB>, Map<string, Promise<Snapshot>>>();

/** The map of `db` in `maps`, created on first use. */
function perDb<T>(maps: WeakMap<Kysely<DB>, Map<string, T>>, db: Kysely<DB>): Map<string, T> {
	let map = maps.get(db);
	if (!map) maps.set(db, (map = new Map()));
	return map;
}

/**
 * What a page may show of the comparison: the published snapshot, refreshed when it is older
 * than `refreshSeconds` (by whichever instance asks first, once however many pages ask at that
 * moment), and nothing below the threshold.
 */
export async function publishedComparison(
	db: Kysely<DB>,
	quiz: Pick<QuizDefinition, 'id' | 'version' | 'questions'>,
	settings: ComparisonSettings,
	now = Date.now()
): Promise<Comparison> {
	if (!settings.enabled) return { status: 'off' };
	const key = `${quiz.id}\n${quiz.version}`;
	const cache = perDb(caches, db);
	const fresh = (takenAt: number) => now - takenAt < settings.refreshSeconds * 1000;

	let snapshot = cache.get(key);
	if (!snapshot || !fresh(snapshot.takenAt)) {
		const running = perDb(refreshes, db);
		let refresh = running.get(key);
		if (!refresh) {
			refresh = refreshSnapshot(db, quiz, fresh, now).finally(() => running.delete(key));
			running.set(key, refresh);
		}
		snapshot = await refresh;
		cache.set(key, snapshot);
	}
	const { figures, takenAt } = snapshot;
	if (figures.completions < settings.minCount) {
		return { status: 'pending', completions: figures.completions, minCount: settings.minCount };
	}
	return { status: 'ready', figures, takenAt: new Date(takenAt).toISOString() };
}

/** The stored snapshot if another instance took it recently enough, else a new one, stored. */
async function refreshSnapshot(
	db: Kysely<DB>,
	quiz: Pick<QuizDefinition, 'id' | 'version' | 'questions'>,
	fresh: (takenAt: number) => boolean,
	now: number
): Promise<Snapshot> {
	const row = await db
		.selectFrom('comparison_snapshots')
		.select(['taken_at', 'data'])
		.where('quiz_id', '=', quiz.id)
		.where('quiz_version', '=', quiz.version)
		.executeTakeFirst();
	const stored = row && { figures: JSON.parse(row.data), takenAt: Date.parse(row.taken_at) };
	if (stored && fresh(stored.takenAt)) return stored;
	const snapshot = { figures: await currentFigures(db, quiz), takenAt: now };
	const values = {
		quiz_id: quiz.id,
		quiz_version: quiz.version,
		taken_at: new Date(now).toISOString(),
		data: JSON.stringify(snapshot.figures)
	};
	await db
		.insertInto('comparison_snapshots')
		.values(values)
		.onConflict((oc) =>
			oc
				.columns(['quiz_id', 'quiz_version'])
				.doUpdateSet({ taken_at: values.taken_at, data: values.data })
		)
		.execute();
	return snapshot;
}

/** Clears the counters and snapshots of every quiz (`npm run stats -- --reset`). */
export async function resetComparison(db: Kysely<DB>): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('comparison_answer_counts').execute();
		await trx.deleteFrom('comparison_score_counts').execute();
		await trx.deleteFrom('comparison_snapshots').execute();
	});
	caches.delete(db);
}
