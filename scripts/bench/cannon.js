// Load: autocannon for many connections, a plain loop for one.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { cpuSample, cpuUse } from './cpu.js';
import { log } from './log.js';

/**
 * Runs autocannon with the run's connections and duration (`options` may override them) and
 * returns its figures with the CPU use meanwhile. Fails when a watched server stopped.
 * @param {string} name for the log and the figures
 * @param {import('autocannon').Options} options
 * @param {{ settings: import('./settings.js').Settings, servers: import('./server.js').AppServer[] }} run
 */
export async function cannon(name, options, { settings, servers }) {
	const connections = options.connections ?? settings.connections;
	log(`autocannon ${name}: ${connections} connections, ${settings.durationS} s`);
	const pids = servers.map((s) => s.pid);
	const cpuBefore = cpuSample(pids);
	const instance = autocannon({
		connections: settings.connections,
		duration: settings.durationS,
		timeout: 10,
		...options
	});
	/** @type {Map<string, number>} */
	const errorKinds = new Map();
	instance.on('reqError', (error) => {
		const key = error?.code ?? error?.message ?? String(error);
		errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
	});
	const r = await instance;
	const cpu = cpuUse(cpuBefore, cpuSample(pids));
	const stopped = servers.find((s) => s.exited());
	if (stopped) throw new Error(`The server stopped during "${name}":\n${stopped.output()}`);
	return {
		name,
		cpu,
		connections,
		durationS: settings.durationS,
		requestsPerSecond: r.requests.average,
		requestsTotal: r.requests.total,
		latencyMs: {
			average: r.latency.average,
			p50: r.latency.p50,
			p90: r.latency.p90,
			p97_5: r.latency.p97_5,
			p99: r.latency.p99,
			max: r.latency.max
		},
		throughputBytesPerSecond: r.throughput.average,
		status: { '1xx': r['1xx'], '2xx': r['2xx'], '3xx': r['3xx'], '4xx': r['4xx'], '5xx': r['5xx'] },
		statusCodeStats: r.statusCodeStats,
		non2xx3xx: r['1xx'] + r['4xx'] + r['5xx'],
		errors: r.errors,
		errorKinds: Object.fromEntries(errorKinds),
		timeouts: r.timeouts,
		requestsSent: r.requests.sent,
		mismatches: r.mismatches
	};
}

/** @typedef {Awaited<ReturnType<typeof cannon>>} CannonResult */

/**
 * `n` sequential requests on one keep-alive connection, after 5 for warming up; each time
 * includes reading the whole body.
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {number} n
 */
export async function sequential(url, headers, n) {
	const times = [];
	/** @type {Record<number, number>} */
	const statuses = {};
	let bytes = 0;
	for (let i = 0; i < n + 5; i++) {
		const t0 = performance.now();
		const res = await fetch(url, { headers, redirect: 'manual' });
		const body = await res.arrayBuffer();
		const ms = performance.now() - t0;
		if (i < 5) continue;
		times.push(ms);
		statuses[res.status] = (statuses[res.status] ?? 0) + 1;
		bytes = body.byteLength;
	}
	const sorted = times.toSorted((a, b) => a - b);
	return {
		requests: n,
		statuses,
		decodedBytes: bytes,
		latencyMs: {
			min: sorted[0],
			p50: percentile(sorted, 50),
			p90: percentile(sorted, 90),
			p95: percentile(sorted, 95),
			p99: percentile(sorted, 99),
			max: sorted[sorted.length - 1],
			average: times.reduce((a, b) => a + b, 0) / times.length
		}
	};
}

/** The nearest-rank percentile of ascending `sorted`. */
function percentile(sorted, p) {
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i];
}
