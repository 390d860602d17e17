import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgres } from './database';
import { classifyFailure } from './errors';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('a PostgreSQL pool', () => {
	it('survives its connections being ended while queries run, and recovers', async () => {
		// A name of its own, so only this pool's connections are ended (other test files share
		// the database).
		const name = `smc-restart-${process.pid}`;
		const lost: string[] = [];
		const { db } = openPostgres(`${url}?application_name=${name}`, 4, (error) =>
			lost.push(error.message)
		);
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		try {
			// Four connections checked out: two running a query, two inside a transaction between
			// statements (no query of their own to fail: the client itself emits the error). Then
			// every one of them is ended, as a database restart does.
			const settle = (work: Promise<unknown>) =>
				work.then(
					() => undefined,
					(error: unknown) => error
				);
			const running = [
				...Array.from({ length: 2 }, () => settle(sql`select pg_sleep(5)`.execute(db))),
				...Array.from({ length: 2 }, () =>
					settle(
						db.transaction().execute(async (trx) => {
							await sql`select 1`.execute(trx);
							await new Promise((r) => setTimeout(r, 1500));
							await sql`select 2`.execute(trx);
						})
					)
				)
			];
			await expect
				.poll(async () => {
					const { rows } = await admin.query(
						`select count(*)::int as n from pg_stat_activity
						 where application_name = $1 and state in ('active', 'idle in transaction')`,
						[name]
					);
					return rows[0].n;
				})
				.toBe(4);
			await admin.query(
				'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
				[name]
			);
			const failures = await Promise.all(running);
			// Each query fails as "database unavailable" (the request answers 503) …
			expect(failures.map((f) => classifyFailure(f))).toEqual(Array(4).fill('database'));
			// … the process is still here (an unhandled 'error' event would have ended it) …
			await new Promise((r) => setTimeout(r, 200));
			expect(lost.length).toBeGreaterThan(0);
			// … and the pool opens new connections by itself.
			const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
			expect(rows).toEqual([{ one: 1 }]);
		} finally {
			await admin.end();
			await db.destroy();
		}
	});
});
