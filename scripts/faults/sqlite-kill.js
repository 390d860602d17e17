// kill -9 during a burst of shares on the embedded database: every share that was answered
// „geteilt“ (303) must be in the database when it is opened again.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basePort, sleep, startApp } from './app.js';
import { createCampaign, formatStatuses, shareBurst } from './load.js';

const LIMITS = { RATE_LIMIT_CAMPAIGNS_PER_HOUR: '1000', RATE_LIMIT_SHARES_PER_10_MIN: '1000000' };

/** @param {{ rounds?: number, concurrency?: number }} [options] */
export async function sqliteKill({ rounds = 5, concurrency = 50 } = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'smc-faults-sqlite-'));
	const rows = [];
	try {
		for (let round = 1; round <= rounds; round++) {
			// The same database every round: each start recovers what the last kill left.
			const app = await startApp({ port: basePort, env: { DATA_DIR: dataDir, ...LIMITS } });
			const slug = await createCampaign(app.url, `Kill ${round}`);
			const killAfter = 1000 + Math.round(Math.random() * 2000);
			const burst = shareBurst({
				urls: [app.url],
				slug,
				prefix: `kill${round}`,
				concurrency,
				stop: () => app.exit() !== undefined
			});
			await sleep(killAfter);
			app.child.kill('SIGKILL');
			await app.exited;
			const { sent, acknowledged, statuses } = await burst;

			const db = new Database(join(dataDir, 'app.db'));
			const stored = new Set(
				db
					.prepare(
						'select token from shares join campaigns on campaigns.id = shares.campaign_id where slug = ?'
					)
					.pluck()
					.all(slug)
			);
			db.close();
			const lost = acknowledged.filter((token) => !stored.has(token));
			rows.push({
				round,
				'killed after ms': killAfter,
				sent,
				acknowledged: acknowledged.length,
				stored: stored.size,
				lost: lost.length,
				'stored, answer lost in the kill': stored.size - (acknowledged.length - lost.length),
				answers: formatStatuses(statuses)
			});
		}
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
	const lost = rows.reduce((sum, r) => sum + r.lost, 0);
	// A round in which nothing was acknowledged proves nothing.
	const loaded = rows.every((r) => r.acknowledged > 0);
	return {
		title: 'kill -9 during a share burst (SQLite, synchronous=FULL)',
		rows,
		ok: lost === 0 && loaded,
		summary: `${rows.reduce((s, r) => s + r.acknowledged, 0)} acknowledged, ${rows.reduce((s, r) => s + r.stored, 0)} stored, ${lost} lost over ${rows.length} kills`
	};
}
