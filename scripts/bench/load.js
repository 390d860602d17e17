// Throughput and latency with autocannon: question and results pages, shares, and the
// dashboard of a campaign with many shares (alone and under load).
import { cannon } from './cannon.js';
import { measureDashboard } from './dashboard.js';
import { fmtInt, fmtKB, fmtMs, targetCells } from './report.js';
import { measureShares } from './shares.js';
import { TARGETS } from './settings.js';

export const key = 'load';

/**
 * Pages, shares and the large dashboard under load, one after the other on the same server.
 * @param {import('./part.js').Bench} bench
 * @returns {Promise<import('./part.js').PartResult>}
 */
export async function run(bench) {
	const { server, settings, pages } = bench;
	const against = { settings, servers: [server] };
	const headers = { 'accept-encoding': settings.acceptEncoding };
	const load = {
		question: await cannon('question GET', { url: server.base + pages.question, headers }, against),
		results: await cannon('results GET', { url: server.base + pages.results, headers }, against),
		shares: await measureShares(bench),
		dashboard: await measureDashboard(bench)
	};
	const targets = targetsFor(load, settings);
	return {
		figures: load,
		targets,
		tables: [tableFor(load, targets, settings)],
		notes: notesFor(load)
	};
}

function targetsFor({ shares, dashboard }, settings) {
	const alone = dashboard.sequential;
	return {
		shares: {
			target: `≥ ${fmtInt(TARGETS.sharesPerSecond)}/s, p99 ≤ ${TARGETS.sharesP99Ms} ms`,
			met:
				shares.requestsPerSecond >= TARGETS.sharesPerSecond &&
				shares.latencyMs.p99 <= TARGETS.sharesP99Ms &&
				clean(shares) &&
				shares.storedMatchesSuccesses
		},
		dashboard: {
			target: `p99 ≤ ${TARGETS.dashboardP99Ms} ms`,
			met: dashboard.latencyMs.p99 <= TARGETS.dashboardP99Ms && clean(dashboard)
		},
		dashboardOneConnection: {
			target: `p95 ≤ ${TARGETS.dashboardOneConnectionP95Ms} ms (1 conn.)`,
			met:
				alone.latencyMs.p95 <= TARGETS.dashboardOneConnectionP95Ms &&
				alone.statuses[200] === settings.sequentialRequests
		}
	};
}

/** @returns {import('./report.js').TableSection} */
function tableFor(load, targets, settings) {
	const { shares, dashboard } = load;
	const alone = dashboard.sequential;
	return {
		title: `Load – autocannon, ${settings.connections} connections × ${settings.durationS} s (accept-encoding: ${settings.acceptEncoding}); latency in ms`,
		header: [
			'test',
			'req/s',
			'p50',
			'p90',
			'p99',
			'note',
			'requests',
			'non-2/3xx',
			'errors',
			'other / steal',
			'target',
			'status'
		],
		rows: [
			loadRow('question GET', load.question, '–'),
			loadRow('results GET', load.results, '–'),
			loadRow('share POST (303)', shares, `${fmtInt(shares.stored)} stored`, targets.shares),
			loadRow(
				`dashboard GET (${fmtInt(dashboard.shares)} shares)`,
				dashboard,
				'–',
				targets.dashboard
			),
			[
				'dashboard, 1 connection',
				fmtInt(1000 / alone.latencyMs.average),
				fmtMs(alone.latencyMs.p50),
				fmtMs(alone.latencyMs.p90),
				fmtMs(alone.latencyMs.p99),
				`p95 ${fmtMs(alone.latencyMs.p95)}`,
				fmtInt(alone.requests),
				String(alone.requests - (alone.statuses[200] ?? 0)),
				'0',
				cpuCell(alone.cpu),
				...targetCells(targets.dashboardOneConnection)
			]
		]
	};
}

function notesFor({ shares, dashboard }) {
	const missing = shares.answered303NotStored;
	return [
		`Shares: ${fmtInt(shares.successful303)} answered 303 (all stored: ${missing === 0 ? 'yes' : `NO, ${missing} missing`}), ` +
			`${fmtInt(shares.inFlightAtStop)} in flight at the stop, ${fmtInt(shares.stored)} stored, ` +
			`running counts ${shares.countsMatchShares ? 'equal' : 'DIFFER FROM'} the shares → ` +
			`${shares.storedMatchesSuccesses ? 'consistent' : 'INCONSISTENT'}`,
		`Dashboard seeded with ${fmtInt(dashboard.shares)} shares (the app's addShares, 1,000 per transaction) ` +
			`in ${fmtInt(dashboard.seedMs)} ms, HTML ${fmtKB(dashboard.sequential.htmlBytes)} KB decoded`
	];
}

/** No error, no timeout, no answer outside 2xx/3xx. */
function clean(result) {
	return result.non2xx3xx === 0 && result.errors === 0 && result.timeouts === 0;
}

/** A table row of one autocannon result. */
function loadRow(name, result, note, target) {
	const kinds = Object.keys(result.errorKinds);
	return [
		name,
		fmtInt(result.requestsPerSecond),
		fmtMs(result.latencyMs.p50),
		fmtMs(result.latencyMs.p90),
		fmtMs(result.latencyMs.p99),
		note,
		fmtInt(result.requestsTotal),
		String(result.non2xx3xx),
		String(result.errors + result.timeouts) + (kinds.length ? ` (${kinds.join(', ')})` : ''),
		cpuCell(result.cpu),
		...targetCells(target)
	];
}

/** Other processes' and the hypervisor's share of the cores during a measurement. */
function cpuCell(cpu) {
	return cpu ? `${cpu.otherPercent}% / ${cpu.stealPercent}%` : '–';
}
