// `npm run backup [file]`: a consistent copy of the embedded database while the app keeps
// running, through SQLite's online backup API. Default target: DATA_DIR/backups/app-<time>.db.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const dataDir = process.env.DATA_DIR || 'data';
const source = join(dataDir, 'app.db');
if (!existsSync(source)) {
	console.error(`No database at ${source} (set DATA_DIR to the folder the app uses).`);
	process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const target = resolve(process.argv[2] ?? join(dataDir, 'backups', `app-${stamp}.db`));
mkdirSync(dirname(target), { recursive: true });

const db = new Database(source, { readonly: true, fileMustExist: true });
try {
	await db.backup(target);
	console.log(`Backup written to ${target}`);
} finally {
	db.close();
}
