import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openPostgres, openSqlite } from './database';
import type { DB } from './schema';

export type Backend = 'sqlite' | 'postgres';

/**
 * The databases the data-layer tests run against: always a real SQLite file, and PostgreSQL
 * when `TEST_DATABASE_URL` names one (`.ci/run` starts one).
 */
export const backends: Backend[] = process.env.TEST_DATABASE_URL
	? ['sqlite', 'postgres']
	: ['sqlite'];

/** A fresh database with all migrations applied; `reopen` closes and opens it again. */
export async function createTestDb(backend: Backend) {
	if (backend === 'postgres') {
		const url = process.env.TEST_DATABASE_URL as string;
		// Test files run in parallel and each empties the whole database: one at a time, by a
		// lock held on a connection of its own until cleanup.
		const lock = new pg.Client({ connectionString: url });
		await lock.connect();
		await lock.query('select pg_advisory_lock(hashtext($1))', ['smc-data-layer-tests']);
		const open = () => openPostgres(url, 20).db;
		let db = open();
		// Start from empty: these tests own the throw-away database, every table in it.
		const { rows } = await sql<{ name: string }>`
			select tablename as name from pg_tables where schemaname = current_schema()`.execute(db);
		for (const { name } of rows) {
			await sql`drop table if exists ${sql.table(name)} cascade`.execute(db);
		}
		await migrate(db);
		return {
			db,
			reopen: async (): Promise<Kysely<DB>> => {
				await db.destroy();
				db = open();
				await migrate(db);
				return db;
			},
			cleanup: async () => {
				await db.destroy().catch(() => {});
				await lock.end().catch(() => {});
			}
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'smc-db-'));
	let db = openSqlite(dir);
	await migrate(db);
	return {
		db,
		reopen: async (): Promise<Kysely<DB>> => {
			await db.destroy();
			db = openSqlite(dir);
			await migrate(db);
			return db;
		},
		cleanup: async () => {
			await db.destroy().catch(() => {});
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
