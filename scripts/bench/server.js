// The production server under test: a frozen copy of the build, started as `npm start` starts
// it, on a free port, with limits raised so that the rate limiter does not shape the figures.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { log } from './log.js';

/** A TCP port nobody listens on right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Copies what `npm start` runs (scripts/start.js, server/, build/, package.json; node_modules
 * linked) to `appDir`, so that a build started meanwhile in the working tree – by hand, by
 * start.js or by the e2e tests – cannot replace files under the running server.
 * @param {string} root the working tree
 * @param {string} appDir where the copy goes (created; removed first if it exists)
 */
export async function snapshotApp(root, appDir) {
	const stamp = () => statSync(join(root, 'build', 'handler.js')).mtimeMs;
	for (let attempt = 1; ; attempt++) {
		try {
			rmSync(appDir, { recursive: true, force: true });
			mkdirSync(join(appDir, 'scripts'), { recursive: true });
			const before = stamp();
			cpSync(join(root, 'build'), join(appDir, 'build'), { recursive: true });
			cpSync(join(root, 'server'), join(appDir, 'server'), { recursive: true });
			cpSync(join(root, 'scripts', 'start.js'), join(appDir, 'scripts', 'start.js'));
			cpSync(join(root, 'package.json'), join(appDir, 'package.json'));
			if (stamp() !== before || !existsSync(join(appDir, 'build', 'handler.js'))) {
				throw new Error('the build changed while it was copied');
			}
			break;
		} catch (error) {
			if (attempt >= 10) throw error;
			log(`Copying the build failed (${error.message}); trying again`);
			await sleep(3000);
		}
	}
	symlinkSync(join(root, 'node_modules'), join(appDir, 'node_modules'), 'dir');
}

/**
 * The server's environment: production, on 127.0.0.1:`port`, rate limits far above what the
 * load can reach. Without `databaseUrl` it uses SQLite in `dataDir` (an inherited DATABASE_URL
 * is cleared, so the bench never writes to a PostgreSQL it was not given).
 * @param {{ port: number, dataDir: string, databaseUrl?: string, env?: Record<string, string> }} options
 *   `env`: further variables, for a section that compares settings
 */
export function appEnv({ port, dataDir, databaseUrl = '', env = {} }) {
	return {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: dataDir,
		DATABASE_URL: databaseUrl,
		ORIGIN: `http://localhost:${port}`,
		RATE_LIMIT_SHARES_PER_10_MIN: '100000000',
		RATE_LIMIT_CAMPAIGNS_PER_HOUR: '100000',
		RATE_LIMIT_KEY_FAILURES_PER_15_MIN: '1000',
		NODE_ENV: 'production',
		...env
	};
}

/**
 * @typedef {object} AppServer
 * @property {string} base `http://localhost:<port>`
 * @property {number} pid
 * @property {() => boolean} exited
 * @property {() => string} output the last 20,000 characters it wrote
 * @property {() => Promise<void>} stop SIGTERM to its process group, SIGKILL after 5 s
 */

/**
 * Starts `scripts/start.js` of `appRoot` in its own process group (so that a build start.js
 * might run is stopped along with it) and waits until it answers 200 on `/`.
 * @param {string} appRoot
 * @param {Parameters<typeof appEnv>[0]} options
 * @param {import('./cleanup.js').Cleanup} cleanup stops the server if the run ends first
 * @returns {Promise<AppServer>}
 */
export async function startServer(appRoot, options, cleanup) {
	const child = spawn(process.execPath, [join(appRoot, 'scripts', 'start.js')], {
		cwd: appRoot,
		env: appEnv(options),
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	let exited = false;
	const keep = (chunk) => {
		output = (output + chunk.toString()).slice(-20_000);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const gone = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = true;
			output += `\n[server process exited: code ${code}, signal ${signal}]`;
			resolve(undefined);
		});
	});
	const server = {
		base: `http://localhost:${options.port}`,
		pid: /** @type {number} */ (child.pid),
		exited: () => exited,
		output: () => output,
		stop: cleanup.add(async () => {
			if (exited) return;
			signalGroup(child, 'SIGTERM');
			const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5000);
			await gone;
			clearTimeout(timer);
		})
	};
	try {
		await waitForServer(server);
	} catch (error) {
		await server.stop();
		throw error;
	}
	return server;
}

function signalGroup(child, signal) {
	try {
		process.kill(-(/** @type {number} */ (child.pid)), signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			// already gone
		}
	}
}

async function waitForServer(server, timeoutMs = 180_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.exited()) throw new Error(`The server exited while starting:\n${server.output()}`);
		try {
			const res = await fetch(server.base + '/', { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (res.status === 200) return;
		} catch {
			// not yet listening
		}
		await sleep(250);
	}
	throw new Error(
		`The server did not answer 200 on / within ${timeoutMs / 1000} s:\n${server.output()}`
	);
}
