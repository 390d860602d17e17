// Completions per second with the comparison's counting on and off: the GET of the last question
// that turns the answers into a result (answered 303), on two servers of their own that differ
// only in BENCHMARK. The counting server's per-address limit is raised far above the load, or
// autocannon (one address) would be counted five times a minute and the cost would not show.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cannon } from './cannon.js';
import { log } from './log.js';
import { fmtInt, fmtMs, targetCells } from './report.js';
import { freePort, startServer } from './server.js';
import { TARGETS } from './settings.js';

export const key = 'completions';

/** Completions one address may add per minute on the counting server: never reached here. */
const PER_MINUTE = '100000000';
/** Measured in turns, off and on twice, so that a disturbance on the shared machine hits both. */
const ROUNDS = 2;

const LETTERS = ['y', 'p', 'n'];
const ANSWERS = ['ja', 'jein', 'nein'];
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** The last question's form sent with a random set of answers, as a browser sends it. */
export function completionPath() {
	const earlier = Array.from({ length: 7 }, () => pick(LETTERS)).join('');
	return `/quiz/8?a=${earlier}&answer=${pick(ANSWERS)}&next=1`;
}

/**
 * @param {import('./part.js').Bench} bench
 * @returns {Promise<import('./part.js').PartResult>}
 */
export async function run(bench) {
	const { settings, app } = bench;
	log('Completions per second, counting off and on');
	const off = await startInstance(bench, 'off', { BENCHMARK: 'off' });
	const on = await startInstance(bench, 'on', {
		BENCHMARK: 'on',
		BENCHMARK_COMPLETIONS_PER_MINUTE: PER_MINUTE
	});
	const headers = { 'accept-encoding': settings.acceptEncoding };
	const measure = (server, name) =>
		cannon(
			name,
			{
				url: server.base,
				requests: [
					{
						method: 'GET',
						headers,
						setupRequest: (request) => ({ ...request, path: completionPath() })
					}
				]
			},
			{ settings, servers: [server] }
		);
	/** @type {{ off: import('./cannon.js').CannonResult[], on: import('./cannon.js').CannonResult[] }} */
	const runs = { off: [], on: [] };
	for (let round = 1; round <= ROUNDS; round++) {
		runs.off.push(await measure(off, `completion GET, counting off (round ${round})`));
		runs.on.push(await measure(on, `completion GET, counting on (round ${round})`));
	}
	await off.stop();
	// The counts are written in the background: give the last batch a moment, then stop.
	await sleep(1000);
	await on.stop();
	const counted = await countedCompletions(app, on.dataDir, app.content.defaultQuiz);
	return resultOf(bench, runs, counted);
}

/** A server on a fresh SQLite database, with the given comparison settings. */
async function startInstance(bench, name, env) {
	const dataDir = join(bench.workDir, `data-completions-${name}`);
	mkdirSync(dataDir, { recursive: true });
	const port = await freePort();
	const server = await startServer(bench.appRoot, { port, dataDir, env }, bench.cleanup);
	return { ...server, dataDir };
}

/** The completions the counting server wrote, read through the app's own currentFigures. */
async function countedCompletions(app, dataDir, quiz) {
	const db = app.database.openSqlite(dataDir);
	try {
		return (await app.comparison.currentFigures(db, quiz)).completions;
	} finally {
		await db.destroy();
	}
}

/** The better of the rounds: a shared machine only ever makes a run slower. */
const best = (results) =>
	results.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

function resultOf(bench, runs, counted) {
	const { settings } = bench;
	const off = best(runs.off);
	const on = best(runs.on);
	const cost = 1 - on.requestsPerSecond / off.requestsPerSecond;
	const answeredOn = runs.on.reduce((sum, r) => sum + r.status['3xx'], 0);
	const sentOn = runs.on.reduce((sum, r) => sum + r.requestsSent, 0);
	const clean = [...runs.off, ...runs.on].every(
		(r) => r.non2xx3xx === 0 && r.errors === 0 && r.timeouts === 0
	);
	const target = {
		target: `costs < ${TARGETS.completionsCountingCost * 100} % of req/s`,
		met: cost < TARGETS.completionsCountingCost && clean && counted >= answeredOn
	};
	const row = (name, r, note, t) => [
		name,
		fmtInt(r.requestsPerSecond),
		fmtMs(r.latencyMs.p50),
		fmtMs(r.latencyMs.p90),
		fmtMs(r.latencyMs.p99),
		note,
		fmtInt(r.status['3xx']),
		String(r.non2xx3xx + r.errors + r.timeouts),
		r.cpu ? `${r.cpu.otherPercent}% / ${r.cpu.stealPercent}%` : '–',
		...targetCells(t)
	];
	const rounds = (list) => list.map((r) => fmtInt(r.requestsPerSecond)).join(' / ');
	return {
		figures: {
			off,
			on,
			rounds: runs,
			countingCost: cost,
			countedCompletions: counted,
			answered303WithCounting: answeredOn,
			sentWithCounting: sentOn,
			perMinuteLimit: Number(PER_MINUTE)
		},
		targets: { completionsCounting: target },
		tables: [
			{
				title: `Completions – GET of the last question answered 303, autocannon, ${settings.connections} connections × ${settings.durationS} s, best of ${ROUNDS} rounds; latency in ms`,
				header: [
					'counting',
					'req/s',
					'p50',
					'p90',
					'p99',
					'note',
					'answered 303',
					'errors',
					'other / steal',
					'target',
					'status'
				],
				rows: [
					row('off (BENCHMARK=off)', off, `rounds ${rounds(runs.off)}`),
					row('on (limit 1e8/min/address)', on, `rounds ${rounds(runs.on)}`, target)
				]
			}
		],
		notes: [
			`Completions: counting costs ${(cost * 100).toFixed(1)} % of throughput ` +
				`(${fmtInt(on.requestsPerSecond)} against ${fmtInt(off.requestsPerSecond)} req/s); ` +
				`${fmtInt(counted)} counted for ${fmtInt(answeredOn)} answered 303 ` +
				`(${fmtInt(sentOn)} sent, the rest in flight at the stop) – ` +
				(counted >= answeredOn ? 'none lost' : `${fmtInt(answeredOn - counted)} MISSING`)
		]
	};
}
