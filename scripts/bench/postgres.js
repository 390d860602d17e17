// Shares on PostgreSQL, one and two instances, beside SQLite's figure: when BENCH_DATABASE_URL
// (or TEST_DATABASE_URL) names a throw-away database. Every table in it is dropped first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCampaign, shareRequest } from './app.js';
import { cannon } from './cannon.js';
import { log } from './log.js';
import { fmtInt, fmtMs } from './report.js';
import { countShares } from './seed.js';
import { freePort, startServer } from './server.js';

export const key = 'postgres';

/**
 * Starts two app instances on the database (one after the other: each migrates at start),
 * posts shares to the first alone, then to both at once with half the connections each (what a
 * load balancer would do), and counts what was stored.
 * @param {import('./part.js').Bench} bench
 * @returns {Promise<import('./part.js').PartResult | null>}
 */
export async function run(bench) {
	const { settings, app, cleanup } = bench;
	if (!settings.databaseUrl) {
		log('No BENCH_DATABASE_URL / TEST_DATABASE_URL: skipping the PostgreSQL shares');
		return null;
	}
	log('Shares on PostgreSQL, one and two instances');
	const { db } = app.database.openPostgres(settings.databaseUrl, 2);
	const closeDb = cleanup.add(() => db.destroy());
	try {
		await dropAllTables(db);
		const servers = [];
		for (let i = 0; i < 2; i++) servers.push(await startInstance(bench, i));
		const { slug } = await createCampaign(servers[0].base, 'Bench PostgreSQL');
		const campaign = await app.campaigns.findCampaign(db, slug);
		if (!campaign) throw new Error(`Campaign ${slug} is not in the database`);
		const before = await countShares(app, db, campaign.id);
		const post = (server, name, connections) =>
			cannon(
				name,
				{
					url: server.base,
					requests: [shareRequest({ base: server.base, slug, code: bench.resultCode })],
					...(connections && { connections })
				},
				{ settings, servers: [server] }
			);
		const one = await post(servers[0], 'share POST, PostgreSQL, 1 instance');
		const half = Math.max(1, Math.round(settings.connections / 2));
		const two = await Promise.all(
			servers.map((server, i) =>
				post(server, `share POST, PostgreSQL, instance ${i + 1} of 2`, half)
			)
		);
		await sleep(500);
		const after = await countShares(app, db, campaign.id);
		await Promise.all(servers.map((s) => s.stop()));
		return resultOf(bench, { one, two, stored: after.rows - before.rows, counted: after });
	} finally {
		await closeDb();
	}
}

/**
 * The database is the bench's to empty: every table the introspection finds (the app's, the
 * migrations' and the rate limiter's), so that the instances migrate from nothing.
 * @param {import('kysely').Kysely<any>} db
 */
async function dropAllTables(db) {
	const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
	for (const table of tables.filter((t) => !t.isView)) {
		await db.schema
			.withSchema(table.schema ?? 'public')
			.dropTable(table.name)
			.ifExists()
			.cascade()
			.execute();
	}
}

/** One app instance on the PostgreSQL database, with a data folder of its own. */
async function startInstance(bench, i) {
	const dataDir = join(bench.workDir, `data-postgres-${i + 1}`);
	mkdirSync(dataDir, { recursive: true });
	const port = await freePort();
	return startServer(
		bench.appRoot,
		{ port, dataDir, databaseUrl: bench.settings.databaseUrl },
		bench.cleanup
	);
}

/** The figures, the table section beside SQLite's share figure, and a note. */
function resultOf(bench, { one, two, stored, counted }) {
	const sent = one.requestsSent + two[0].requestsSent + two[1].requestsSent;
	const both = {
		requestsPerSecond: two[0].requestsPerSecond + two[1].requestsPerSecond,
		p50: Math.max(two[0].latencyMs.p50, two[1].latencyMs.p50),
		p99: Math.max(two[0].latencyMs.p99, two[1].latencyMs.p99),
		answered303: two[0].status['3xx'] + two[1].status['3xx'],
		errors: two[0].errors + two[1].errors + two[0].non2xx3xx + two[1].non2xx3xx,
		instances: two
	};
	const sqlite = /** @type {{ shares?: import('./cannon.js').CannonResult }} */ (
		bench.figures.load ?? {}
	).shares;
	const row = (name, r) => [
		name,
		fmtInt(r.requestsPerSecond),
		fmtMs(r.latencyMs.p50),
		fmtMs(r.latencyMs.p99),
		fmtInt(r.status['3xx']),
		String(r.errors + r.non2xx3xx)
	];
	return {
		figures: { one, two: both, stored, sent, countsMatchShares: counted.counted === counted.rows },
		tables: [
			{
				title: `Shares per second by database – autocannon, ${bench.settings.connections} connections in all × ${bench.settings.durationS} s; latency in ms`,
				header: ['database', 'req/s', 'p50', 'p99', 'answered 303', 'errors', 'target', 'status'],
				rows: [
					...(sqlite ? [row('SQLite, 1 instance', sqlite)] : []),
					row('PostgreSQL, 1 instance', one),
					[
						'PostgreSQL, 2 instances',
						fmtInt(both.requestsPerSecond),
						fmtMs(both.p50),
						fmtMs(both.p99),
						fmtInt(both.answered303),
						String(both.errors)
					]
				].map((r) => [...r, '–', ''])
			}
		],
		notes: [
			`PostgreSQL shares: ${fmtInt(sent)} sent, ${fmtInt(stored)} stored (1 and 2 instances together)` +
				(counted.counted === counted.rows
					? ''
					: `, running counts DIFFER (${fmtInt(counted.counted)})`)
		]
	};
}
