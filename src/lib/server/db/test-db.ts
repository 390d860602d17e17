import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openSqlite } from './database';

/** A real SQLite file in a fresh temp folder with all migrations applied; `cleanup` removes it. */
export async function createTestDb() {
	const dir = mkdtempSync(join(tmpdir(), 'smc-db-'));
	const db = openSqlite(dir);
	await migrate(db);
	return {
		db,
		dir,
		reopen: async () => {
			await db.destroy();
			const again = openSqlite(dir);
			await migrate(again);
			return again;
		},
		cleanup: async () => {
			await db.destroy().catch(() => {});
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
