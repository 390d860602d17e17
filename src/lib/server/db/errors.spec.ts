import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openPostgres } from './database';
import { classifyFailure } from './errors';
import { backends, createTestDb } from './test-db';

describe('failures are told apart', () => {
	it('a request body cut off by the client is not a database outage', () => {
		const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
		expect(classifyFailure(aborted)).toBe('client-abort');
		const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
		expect(classifyFailure(reset)).toBe('database');
		expect(classifyFailure(new Error('Connection terminated unexpectedly'))).toBe('database');
	});

	it('any other failure after the client left is about the client', () => {
		const controller = new AbortController();
		const request = new Request('http://localhost/', { signal: controller.signal });
		expect(classifyFailure(new Error('body used'), request)).toBeUndefined();
		controller.abort();
		expect(classifyFailure(new Error('body used'), request)).toBe('client-abort');
		// A database error stays one, whatever the client did meanwhile.
		expect(classifyFailure(new Error('Connection terminated unexpectedly'), request)).toBe(
			'database'
		);
	});

	it('a bug is none of them', () => {
		expect(classifyFailure(new TypeError('x is undefined'))).toBeUndefined();
		expect(classifyFailure('a string')).toBeUndefined();
	});

	it('a full SQLite database is "storage", and what was stored before stays', async () => {
		const t = await createTestDb('sqlite');
		try {
			await sql`create table notes (body text not null)`.execute(t.db);
			await sql`insert into notes values ('before')`.execute(t.db);
			// No page beyond those in use: the next pages fail as on a full disk (SQLITE_FULL).
			const { page_count } = (await sql<{ page_count: number }>`pragma page_count`.execute(t.db))
				.rows[0]!;
			await sql.raw(`pragma max_page_count = ${page_count}`).execute(t.db);
			let failure: unknown;
			for (let i = 0; i < 1000 && !failure; i++) {
				await sql`insert into notes values (${'x'.repeat(1000)})`
					.execute(t.db)
					.catch((error: unknown) => (failure = error));
			}
			expect(classifyFailure(failure)).toBe('storage');
			// Inside a transaction too: SQLite rolls it back by itself, and the full disk must
			// still be what the caller sees (not Kysely's failed ROLLBACK).
			const inTransaction = await t.db
				.transaction()
				.execute(async (trx) => {
					for (let i = 0; i < 1000; i++) {
						await sql`insert into notes values (${'y'.repeat(1000)})`.execute(trx);
					}
				})
				.catch((error: unknown) => error);
			expect(classifyFailure(inTransaction)).toBe('storage');
			const { rows } = await sql<{ body: string }>`select body from notes`.execute(t.db);
			expect(rows[0]?.body).toBe('before');
			expect(rows.some((r) => r.body.startsWith('y'))).toBe(false);
		} finally {
			await t.cleanup();
		}
	});

	it.skipIf(!backends.includes('postgres'))(
		'text PostgreSQL refuses (a NUL) is bad input, not a server fault',
		async () => {
			// A pool of its own, no tables: other test files use the database meanwhile.
			const { db } = openPostgres(process.env.TEST_DATABASE_URL as string, 1);
			try {
				const failure = await sql`select ${'a\u0000b'}::text as t`
					.execute(db)
					.catch((error: unknown) => error);
				expect(classifyFailure(failure)).toBe('input');
			} finally {
				await db.destroy();
			}
		}
	);
});
