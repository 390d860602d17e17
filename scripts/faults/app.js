// App instances for the fault checks: the production server as `npm start` runs it, on ports
// from FAULT_PORT (default 4220) up, with its output kept for the report.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const basePort = Number(process.env.FAULT_PORT ?? 4220);

/**
 * @param {{ port: number, env?: Record<string, string> }} options
 */
export async function startApp({ port, env = {} }) {
	const child = spawn('node', ['scripts/start.js'], {
		env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	/** @type {string[]} */
	const output = [];
	child.stdout.setEncoding('utf8').on('data', (chunk) => output.push(chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk) => output.push(chunk));
	/** @type {number | string | null | undefined} */
	let exit;
	const exited = new Promise((resolve) =>
		child.once('exit', (code, signal) => resolve((exit = code ?? signal)))
	);
	const url = `http://127.0.0.1:${port}`;
	const app = {
		url,
		child,
		exited,
		/** Exit code or signal once it has ended; undefined while it runs. */
		exit: () => exit,
		output: () => output.join(''),
		/** Resident memory in MB, from /proc (Linux). */
		rssMb() {
			const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
			return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
		},
		async stop() {
			if (exit === undefined) {
				child.kill('SIGTERM');
				await exited;
			}
		}
	};
	for (let i = 0; i < 300; i++) {
		if (exit !== undefined) throw new Error(`app on ${port} exited at start:\n${app.output()}`);
		if (await ready(url)) return app;
		await sleep(200);
	}
	await app.stop();
	throw new Error(`app on ${port} did not start:\n${app.output()}`);
}

/** @param {string} url */
export const ready = (url) =>
	fetch(`${url}/readyz`)
		.then((r) => r.status === 200)
		.catch(() => false);

/** @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
