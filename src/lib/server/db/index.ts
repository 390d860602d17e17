import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { config } from '../config';
import { migrate, openPostgres, openSqlite, probeSqlite } from './database';
import { logThrottled } from '../log';
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
	return config().DATA_DIR;
}

/**
 * `DATABASE_URL=postgres://…` selects PostgreSQL (pool size `DATABASE_POOL_SIZE`); without it the
 * embedded SQLite database under `DATA_DIR` (the settings refuse any other kind of URL).
 */
function connect(): Promise<Connection> {
	ready ??= (async () => {
		const { DATABASE_URL: url, DATABASE_POOL_SIZE: poolSize } = config();
		const connection: Connection = url
			? openPostgres(url, poolSize, (error) =>
					logThrottled(
						'pg-connection',
						'warn',
						{ reason: error.message },
						'PostgreSQL connection lost'
					)
				)
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
	const url = config().DATABASE_URL;
	if (!url) return `SQLite in ${dataDir()}`;
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

/**
 * Readiness for a load balancer: a trivial query against the configured database within
 * `timeoutMs`. Resolves, or rejects with an error whose message is one word for `/readyz`.
 */
export async function checkReady(timeoutMs: number): Promise<void> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
	});
	const probe = (async () => {
		const { db, pool } = await connect();
		if (pool) await sql`select 1`.execute(db);
		else probeSqlite(dataDir(), timeoutMs);
	})();
	try {
		await Promise.race([probe, timeout]);
	} catch (error) {
		probe.catch(() => {}); // settles later, after the timeout answered
		throw new Error(error instanceof Error && error.message === 'timeout' ? 'timeout' : 'database');
	} finally {
		clearTimeout(timer);
	}
}
