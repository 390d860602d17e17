import type { Kysely } from 'kysely';
import type pg from 'pg';
import { env } from '$env/dynamic/private';
import { isPostgresUrl, migrate, openPostgres, openSqlite } from './database';
import type { DB } from './schema';

export type { DB } from './schema';

interface Connection {
	db: Kysely<DB>;
	/** Set when running on PostgreSQL. */
	pool?: pg.Pool;
}

let ready: Promise<Connection> | undefined;
let current: Connection | undefined;

/** Where the embedded database lives: `DATA_DIR` (default `./data`). */
export function dataDir(): string {
	return env.DATA_DIR || 'data';
}

/**
 * `DATABASE_URL=postgres://…` selects PostgreSQL (pool size `DATABASE_POOL_SIZE`, default 10);
 * anything else keeps the embedded SQLite database under `DATA_DIR`.
 */
function connect(): Promise<Connection> {
	ready ??= (async () => {
		const url = env.DATABASE_URL;
		const connection: Connection = isPostgresUrl(url)
			? openPostgres(url, Number(env.DATABASE_POOL_SIZE) || 10)
			: { db: openSqlite(dataDir()) };
		try {
			await migrate(connection.db);
		} catch (error) {
			ready = undefined;
			await connection.db.destroy().catch(() => {});
			throw error;
		}
		current = connection;
		return connection;
	})();
	return ready;
}

/** For messages: which database, without credentials. */
export function describeDatabase(): string {
	const url = env.DATABASE_URL;
	if (!isPostgresUrl(url)) return `SQLite in ${dataDir()}`;
	const parsed = new URL(url);
	return `PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/** The app's database, opened and migrated on first use (the server's `init` hook does that at start). */
export async function getDb(): Promise<Kysely<DB>> {
	return (await connect()).db;
}

/** The PostgreSQL pool, or undefined on SQLite. */
export async function getPgPool(): Promise<pg.Pool | undefined> {
	return (await connect()).pool;
}

/** Closes the database cleanly (on shutdown; drains the pool); a later `getDb()` opens it again. */
export async function closeDb(): Promise<void> {
	const connection = current;
	ready = undefined;
	current = undefined;
	await connection?.db.destroy();
}
