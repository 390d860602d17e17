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
 */
export function openPostgres(url: string, poolSize = 10): { db: Kysely<DB>; pool: pg.Pool } {
	const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
	// A connection dropped while idle (database restart) must not crash the process.
	pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
	return { db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), pool };
}

export function isPostgresUrl(url: string | undefined): url is string {
	return !!url && /^postgres(ql)?:\/\//.test(url);
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
