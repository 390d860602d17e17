// Wrong dashboard keys for random campaign addresses, as fast as the server answers: memory
// must stay bounded. The limiter's store is not visible from outside the process, so this
// reports the server's resident memory before and after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { basePort, startApp } from './app.js';
import { formatStatuses } from './load.js';

/** @param {{ requests?: number, concurrency?: number }} [options] */
export async function keyFlood({ requests = 100_000, concurrency = 50 } = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'smc-faults-keys-'));
	const app = await startApp({ port: basePort + 3, env: { DATA_DIR: dataDir } });
	try {
		const before = app.rssMb();
		/** @type {Record<string, number>} */
		const statuses = {};
		/** Resident memory after each quarter of the requests: bounded means it levels off. */
		const quarters = [];
		let next = 0;
		const started = performance.now();
		const worker = async () => {
			while (next < requests && app.exit() === undefined) {
				next++;
				if (next % Math.ceil(requests / 4) === 0) quarters.push(app.rssMb().toFixed(0));
				const slug = randomBytes(8).toString('hex');
				const status = await fetch(`${app.url}/c/${slug}/auswertung?key=wrong`, {
					redirect: 'manual'
				}).then(
					async (r) => {
						await r.arrayBuffer();
						return String(r.status);
					},
					() => 'no answer'
				);
				statuses[status] = (statuses[status] ?? 0) + 1;
			}
		};
		await Promise.all(Array.from({ length: concurrency }, worker));
		const seconds = (performance.now() - started) / 1000;
		const after = app.exit() === undefined ? app.rssMb() : NaN;
		return {
			title: 'wrong-key flood to random campaign addresses (SQLite, one address)',
			rows: [
				{
					requests: next,
					'req/s': Math.round(next / seconds),
					'RSS before MB': before.toFixed(0),
					'RSS after MB': after.toFixed(0),
					'growth MB': (after - before).toFixed(0),
					'RSS at ¼ ½ ¾ 1': quarters.join(' '),
					answers: formatStatuses(statuses)
				}
			],
			ok: app.exit() === undefined,
			summary: `RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB after ${next} requests (the limiter's own size is not exposed; process memory is the proxy)`
		};
	} finally {
		await app.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}
