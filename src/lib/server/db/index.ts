import type { Kysely } from 'kysely';
import { env } from '$env/dynamic/private';
import { migrate, openSqlite } from './database';
import type { DB } from './schema';

export type { DB } from './schema';

let ready: Promise<Kysely<DB>> | undefined;
let instance: Kysely<DB> | undefined;

/** Where the embedded database lives: `DATA_DIR` (default `./data`). */
export function dataDir(): string {
	return env.DATA_DIR || 'data';
}

/** The app's database, opened and migrated on first use (the server's `init` hook does that at start). */
export function getDb(): Promise<Kysely<DB>> {
	ready ??= (async () => {
		const db = openSqlite(dataDir());
		await migrate(db);
		instance = db;
		return db;
	})();
	return ready;
}

/** Closes the database cleanly (on shutdown); a later `getDb()` opens it again. */
export async function closeDb(): Promise<void> {
	const db = instance;
	ready = undefined;
	instance = undefined;
	await db?.destroy();
}
