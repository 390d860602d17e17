// A throw-away PostgreSQL cluster of the fault checks' own (Debian's binaries), so they can stop
// and restart a real server without touching any database that tests or other people use.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** The newest installed server's bin folder, or undefined. */
function pgBin() {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
	const bin = version && join(root, version, 'bin');
	return bin && existsSync(join(bin, 'pg_ctl')) ? bin : undefined;
}

/** @param {number} port */
export function createCluster(port) {
	const bin = pgBin();
	if (!bin) return undefined;
	const dir = mkdtempSync(join(tmpdir(), 'smc-faults-pg-'));
	const data = join(dir, 'data');
	// PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
	const asRoot = process.getuid?.() === 0;
	const user = asRoot ? 'postgres' : userInfo().username;
	if (asRoot) {
		const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }));
		const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }));
		chownSync(dir, uid, gid);
	}
	/** @param {string} tool @param {string[]} args */
	const run = (tool, args) =>
		execFileSync(
			asRoot ? 'runuser' : join(bin, tool),
			asRoot ? ['-u', user, '--', join(bin, tool), ...args] : args,
			{ cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] }
		);
	const pgCtl = (/** @type {string[]} */ ...args) =>
		run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', ...args]);

	run('initdb', ['-D', data, '-A', 'trust', '-U', 'smc', '--no-sync']);
	pgCtl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`, 'start');
	run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'smc', 'smc']);

	return {
		url: `postgres://smc@127.0.0.1:${port}/smc`,
		/** @param {'immediate' | 'fast'} mode */
		restart: (mode) => pgCtl('-m', mode, 'restart'),
		destroy() {
			try {
				pgCtl('-m', 'immediate', 'stop');
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
