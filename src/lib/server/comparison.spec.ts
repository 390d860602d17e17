import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultQuiz } from '$lib/content';
import type { Answer } from '$lib/quiz/types';
import {
	comparisonSettings,
	completionsWritten,
	countCompletion,
	currentFigures,
	publishedComparison,
	resetComparison,
	writeAllCompletions,
	WRITE_INTERVAL_MS
} from './comparison';
import { openPostgres } from './db/database';
import type { DB } from './db/schema';
import { backends, createTestDb } from './db/test-db';

const author = defaultQuiz.questions.map((q) => q.verdict.answer);
const all = (a: Answer) => defaultQuiz.questions.map(() => a);
const settings = comparisonSettings({
	BENCHMARK: 'on',
	BENCHMARK_REFRESH_S: 3600,
	BENCHMARK_MIN_COUNT: 3,
	BENCHMARK_COMPLETIONS_PER_MINUTE: 1000
});
let address = 0;
/** Each completion from an address of its own, unless the test says otherwise. */
const count = (
	db: Kysely<DB>,
	answers: Answer[],
	from = `198.51.100.${++address % 250}:${address}`
) => countCompletion(db, defaultQuiz, answers, from, settings);

describe.each(backends)('comparison counters on %s', (backend) => {
	let t: Awaited<ReturnType<typeof createTestDb>>;
	let db: Kysely<DB>;
	beforeEach(async () => {
		t = await createTestDb(backend);
		db = t.db;
		await resetComparison(db);
	});
	afterEach(() => t.cleanup());

	it('counts each completion per question and answer and per score, nothing else', async () => {
		await count(db, author);
		await count(db, all('jein'));
		await count(db, all('jein'));
		await completionsWritten(db);
		const figures = await currentFigures(db, defaultQuiz);
		expect(figures.completions).toBe(3);
		expect(figures.answers[0]).toEqual({ ja: 0, jein: 2, nein: 1 });
		expect(figures.answers[7]).toEqual({ ja: 1, jein: 2, nein: 0 });
		// 8 points = 32 quarters; 4.75 points = 19 quarters.
		expect(figures.scores).toEqual({ '32': 1, '19': 2 });
		const columns = await db
			.selectFrom('comparison_answer_counts')
			.selectAll()
			.executeTakeFirstOrThrow();
		expect(Object.keys(columns).sort()).toEqual([
			'answer',
			'count',
			'question',
			'quiz_id',
			'quiz_version'
		]);
	});

	it('writes the completions of a short while together, in one transaction', async () => {
		const transactions = vi.spyOn(db, 'transaction');
		for (let i = 0; i < 5; i++) {
			await count(db, author);
			await new Promise((resolve) => setTimeout(resolve, WRITE_INTERVAL_MS / 10));
		}
		// Still in memory: nothing written yet.
		expect((await currentFigures(db, defaultQuiz)).completions).toBe(0);
		await completionsWritten(db);
		expect((await currentFigures(db, defaultQuiz)).completions).toBe(5);
		expect(transactions).toHaveBeenCalledTimes(1);
	});

	it('writes what waits in memory when the app shuts down', async () => {
		await count(db, all('nein'));
		await count(db, all('ja'));
		await writeAllCompletions();
		expect((await currentFigures(db, defaultQuiz)).scores).toEqual({ '16': 1, '18': 1 });
	});

	it('shows nothing below the threshold, only how many there are', async () => {
		await count(db, author);
		await count(db, author);
		await completionsWritten(db);
		expect(await publishedComparison(db, defaultQuiz, settings)).toEqual({
			status: 'pending',
			completions: 2,
			minCount: 3
		});
	});

	it('publishes a snapshot that does not move before its refresh', async () => {
		const start = Date.parse('2026-11-28T10:00:00Z');
		for (let i = 0; i < 3; i++) await count(db, all('ja'));
		await completionsWritten(db);
		const first = await publishedComparison(db, defaultQuiz, settings, start);
		expect(first).toMatchObject({ status: 'ready', figures: { completions: 3 } });
		await count(db, all('nein'));
		await completionsWritten(db);
		// 59 minutes later: the same figures, although a fourth completion was counted.
		const later = await publishedComparison(db, defaultQuiz, settings, start + 59 * 60_000);
		expect(later).toEqual(first);
		// After the hour: refreshed.
		const next = await publishedComparison(db, defaultQuiz, settings, start + 61 * 60_000);
		expect(next).toMatchObject({ status: 'ready', figures: { completions: 4 } });
	});

	it('takes one snapshot however many pages ask at the moment it is due', async () => {
		for (let i = 0; i < 3; i++) await count(db, all('ja'));
		await completionsWritten(db);
		const writes = vi.spyOn(db, 'insertInto');
		const at = Date.parse('2026-11-28T12:00:00Z');
		const pages = await Promise.all(
			Array.from({ length: 10 }, () => publishedComparison(db, defaultQuiz, settings, at))
		);
		expect(pages[0]).toMatchObject({ status: 'ready', figures: { completions: 3 } });
		expect(new Set(pages.map((p) => JSON.stringify(p))).size).toBe(1);
		expect(writes.mock.calls.filter(([table]) => table === 'comparison_snapshots')).toHaveLength(1);
	});

	it('lets one address add only a few completions per minute', async () => {
		const strict = { ...settings, perMinute: 3 };
		const results = [];
		for (let i = 0; i < 5; i++) {
			results.push(await countCompletion(db, defaultQuiz, author, '203.0.113.9', strict));
		}
		expect(results).toEqual([true, true, true, false, false]);
		expect(await countCompletion(db, defaultQuiz, author, '203.0.113.10', strict)).toBe(true);
		await completionsWritten(db);
		expect((await currentFigures(db, defaultQuiz)).completions).toBe(4);
	});

	it('counts and shows nothing when turned off', async () => {
		const off = { ...settings, enabled: false };
		expect(await countCompletion(db, defaultQuiz, author, '203.0.113.11', off)).toBe(false);
		await completionsWritten(db);
		expect((await currentFigures(db, defaultQuiz)).completions).toBe(0);
		expect(await publishedComparison(db, defaultQuiz, off)).toEqual({ status: 'off' });
	});

	it.runIf(backend === 'postgres')(
		'counts completions from two instances into the same figures, exactly',
		async () => {
			const other = openPostgres(process.env.TEST_DATABASE_URL as string, 10).db;
			try {
				await Promise.all(
					Array.from({ length: 200 }, (_, i) =>
						count(i % 2 ? db : other, i % 4 < 2 ? author : all('ja'))
					)
				);
				await Promise.all([completionsWritten(db), completionsWritten(other)]);
				const figures = await currentFigures(db, defaultQuiz);
				expect(figures.completions).toBe(200);
				expect(figures.answers[0]).toEqual({ ja: 100, jein: 0, nein: 100 });
			} finally {
				await other.destroy();
			}
		}
	);
});
