import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	CompiledQuery,
	Kysely,
	Migrator,
	PostgresDialect,
	SqliteAdapter,
	SqliteDriver,
	SqliteIntrospector,
	SqliteQueryCompiler,
	type DatabaseConnection,
	type Dialect
} from 'kysely';
import { migrationProvider } from './migrations';
import type { DB } from './schema';

/**
 * SQLite's deferred `begin` takes the write lock only at the first write; two such transactions
 * can then wait on each other until one fails with SQLITE_BUSY. `begin immediate` takes the lock
 * up front, so writers queue on the busy timeout instead. The only SQLite-specific SQL lives here.
 */
class ImmediateSqliteDriver extends SqliteDriver {
	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw('begin immediate'));
	}

	/**
	 * After some errors (SQLITE_FULL on a full disk, SQLITE_IOERR, SQLITE_NOMEM) SQLite has rolled
	 * the transaction back by itself; Kysely's ROLLBACK then fails, and that failure would hide
	 * the real one (the full disk becomes a 500 instead of a 503).
	 */
	override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
		try {
			await super.rollbackTransaction(connection);
		} catch (error) {
			if (!(error instanceof Error && /no transaction is active/.test(error.message))) throw error;
		}
	}
}

function sqliteDialect(file: string): Dialect {
	const config = {
		database: async () => {
			const db = new Database(file);
			db.pragma('journal_mode = WAL');
			// FULL: a share the participant saw confirmed survives a power cut (WAL's NORMAL may lose it).
			db.pragma('synchronous = FULL');
			db.pragma('busy_timeout = 5000');
			db.pragma('foreign_keys = ON');
			return db;
		}
	};
	return {
		createAdapter: () => new SqliteAdapter(),
		createDriver: () => new ImmediateSqliteDriver(config),
		createIntrospector: (db) => new SqliteIntrospector(db),
		createQueryCompiler: () => new SqliteQueryCompiler()
	} satisfies Dialect;
}

/** Opens (and creates) the SQLite database `app.db` in `dataDir`. */
export function openSqlite(dataDir: string): Kysely<DB> {
	mkdirSync(dataDir, { recursive: true });
	return new Kysely<DB>({ dialect: sqliteDialect(join(dataDir, 'app.db')) });
}

/**
 * Opens a PostgreSQL pool. The pool is returned too: the rate limiter keeps its counters in the
 * same database, so several app instances count together.
 *
 * A connection can die at any moment (the database restarts, an administrator ends the backend).
 * node-postgres then emits `error` on the client, and an `error` event without a listener ends
 * the process: the pool listens only while a client is idle, so every client gets its own
 * listener the moment it connects. The query that was running fails on its own (the request
 * answers 503), and the pool drops the broken client when it is released.
 */
export function openPostgres(
	url: string,
	poolSize = 10,
	onConnectionLost: (error: Error) => void = (error) =>
		console.warn('PostgreSQL connection lost:', error.message)
): { db: Kysely<DB>; pool: pg.Pool } {
	const pool = new pg.Pool({
		connectionString: url,
		max: poolSize,
		connectionTimeoutMillis: 5000,
		// A database host that vanishes without closing the connection is noticed, not waited on.
		keepAlive: true
	});
	pool.on('connect', (client) => client.on('error', onConnectionLost));
	// The pool re-emits an idle client's error; the client's own listener has logged it already.
	pool.on('error', () => {});
	return { db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), pool };
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrate(db: Kysely<DB>): Promise<void> {
	const migrator = new Migrator({ db, provider: migrationProvider });
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName;
		const reason = error instanceof Error ? error.message : String(error);
		if (!failed) throw new Error(reason);
		throw new Error(
			`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`
		);
	}
}

/**
 * Readiness of an embedded database: opens the file afresh and reads the migration table. The
 * app's own connection would answer from its open file handle even after the file was removed
 * or made unreadable, so it cannot tell.
 */
export function probeSqlite(dataDir: string, timeoutMs: number): void {
	const probe = new Database(join(dataDir, 'app.db'), {
		readonly: true,
		fileMustExist: true,
		timeout: timeoutMs
	});
	try {
		probe.prepare('select 1 from kysely_migration limit 1').get();
	} finally {
		probe.close();
	}
}
