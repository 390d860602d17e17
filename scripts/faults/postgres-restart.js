// PostgreSQL restarts (immediate and fast) while two app instances take shares: both must keep
// running, answer 503 while the database is away, recover on their own, and lose no share they
// acknowledged.
import pg from 'pg';
import { basePort, ready, sleep, startApp } from './app.js';
import { createCampaign, formatStatuses, shareBurst } from './load.js';
import { createCluster } from './postgres-cluster.js';

const PG_PORT = Number(process.env.FAULT_PG_PORT ?? basePort + 9);

/** @param {{ concurrency?: number }} [options] */
export async function postgresRestart({ concurrency = 50 } = {}) {
	const cluster = createCluster(PG_PORT);
	if (!cluster) {
		return {
			title: 'PostgreSQL restart under load',
			rows: [],
			ok: true,
			skipped: 'no PostgreSQL binaries under /usr/lib/postgresql'
		};
	}
	const env = {
		DATABASE_URL: cluster.url,
		RATE_LIMIT_CAMPAIGNS_PER_HOUR: '1000',
		RATE_LIMIT_SHARES_PER_10_MIN: '1000000'
	};
	const apps = [];
	const rows = [];
	try {
		for (const port of [basePort + 1, basePort + 2]) apps.push(await startApp({ port, env }));
		const urls = apps.map((a) => a.url);
		const slug = await createCampaign(urls[0], 'Neustart');

		for (const mode of /** @type {const} */ (['immediate', 'fast', 'immediate'])) {
			let stop = false;
			const burst = shareBurst({
				urls,
				slug,
				prefix: `pg-${mode}-${rows.length}`,
				concurrency,
				stop: () => stop
			});
			await sleep(1500);
			const restartedAt = performance.now();
			cluster.restart(mode);
			const restartMs = performance.now() - restartedAt;
			// Both ready again, without being restarted themselves.
			let recoveredMs = NaN;
			for (let i = 0; i < 300; i++) {
				if ((await Promise.all(urls.map(ready))).every(Boolean)) {
					recoveredMs = performance.now() - restartedAt;
					break;
				}
				await sleep(100);
			}
			await sleep(1500);
			stop = true;
			const { sent, acknowledged, statuses } = await burst;
			rows.push({
				restart: `pg_ctl restart -m ${mode}`,
				'restart ms': Math.round(restartMs),
				'ready again ms': Math.round(recoveredMs),
				sent,
				acknowledged: acknowledged.length,
				answers: formatStatuses(statuses),
				'instances alive': apps.filter((a) => a.exit() === undefined).length,
				acknowledgedTokens: acknowledged
			});
		}

		const client = new pg.Client({ connectionString: cluster.url });
		await client.connect();
		const { rows: stored } = await client.query(
			'select token from shares s join campaigns c on c.id = s.campaign_id where c.slug = $1',
			[slug]
		);
		await client.end();
		const storedTokens = new Set(stored.map((r) => r.token));
		for (const row of rows) {
			Object.assign(row, {
				lost: row.acknowledgedTokens.filter((t) => !storedTokens.has(t)).length
			});
			delete (/** @type {Record<string, unknown>} */ (row).acknowledgedTokens);
		}
	} finally {
		await Promise.all(apps.map((a) => a.stop()));
		cluster.destroy();
	}
	const alive = rows.every((r) => r['instances alive'] === 2);
	const lost = rows.reduce((s, r) => s + /** @type {number} */ (r.lost ?? 0), 0);
	const answers = rows.map((r) => r.answers).join(' | ');
	return {
		title: 'PostgreSQL restart under load, two instances',
		rows,
		ok: alive && lost === 0 && !/\b500\b/.test(answers),
		summary: `${alive ? 'both instances alive after every restart' : 'AN INSTANCE DIED'}, ${lost} acknowledged shares lost`
	};
}
