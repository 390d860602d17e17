// CPU use while a measurement runs (Linux /proc): the servers', this script's (autocannon runs
// in it) and everything else's, in % of all cores. "Other" above a few % means someone else's
// work (a build, tests) competed with the measurement.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

/** USER_HZ: 100 on every Linux build in practice. */
const CLK_TCK = 100;

/**
 * A snapshot of the machine's and the processes' CPU counters; null where /proc is missing.
 * @param {number[]} serverPids the servers measured (their CPU is not "other")
 */
export function cpuSample(serverPids = []) {
	if (!existsSync('/proc/stat')) return null;
	try {
		const f = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
			.trim()
			.split(/\s+/)
			.slice(1)
			.map(Number);
		const self = process.cpuUsage();
		return {
			at: performance.now(),
			busy: f[0] + f[1] + f[2] + f[5] + f[6], // user nice system irq softirq (not steal)
			steal: f[7] ?? 0,
			serverTicks: serverPids.reduce((sum, pid) => sum + processTicks(pid), 0),
			selfUs: self.user + self.system
		};
	} catch {
		return null;
	}
}

/** utime + stime of a process, 0 once it is gone. */
function processTicks(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(fields[11]) + Number(fields[12]);
	} catch {
		return 0;
	}
}

/**
 * Shares of all cores between two samples: server, bench, other, and steal (time the
 * hypervisor gave to other machines: a virtual machine's noisy neighbours).
 * @param {ReturnType<typeof cpuSample>} before
 * @param {ReturnType<typeof cpuSample>} after
 */
export function cpuUse(before, after) {
	if (!before || !after) return null;
	const capacity = ((after.at - before.at) / 1000) * os.cpus().length;
	const all = (after.busy - before.busy) / CLK_TCK;
	const server = (after.serverTicks - before.serverTicks) / CLK_TCK;
	const self = (after.selfUs - before.selfUs) / 1e6;
	const pct = (x) => Math.round((Math.max(0, x) / capacity) * 100);
	return {
		serverPercent: pct(server),
		benchPercent: pct(self),
		otherPercent: pct(all - server - self),
		stealPercent: pct((after.steal - before.steal) / CLK_TCK)
	};
}
