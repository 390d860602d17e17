import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An extra app instance for tests that need their own settings (a low rate limit, PostgreSQL):
 * the production build on its own port with a throw-away data folder. Stop it in afterAll.
 */
export async function startServer(port: number, env: Record<string, string> = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), `smc-e2e-${port}-`));
	const url = `http://localhost:${port}`;
	const child: ChildProcess = spawn('node', ['scripts/start.js'], {
		stdio: 'inherit',
		env: { ...process.env, PORT: String(port), ORIGIN: url, DATA_DIR: dataDir, ...env }
	});
	await waitFor(`${url}/`);
	return {
		url,
		stop: () => {
			child.kill('SIGTERM');
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** Waits until the URL answers 2xx (up to 20 s). */
export async function waitFor(url: string) {
	for (let i = 0; i < 100; i++) {
		const ok = await fetch(url)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} did not start`);
}
