import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A production server of its own for a spec that needs settings of its own or reads the logs.
 * Ports are counted from E2E_PORT (+10 and up), so suites in parallel worktrees do not collide.
 */
export function specPort(offset: number): number {
	return Number(process.env.E2E_PORT ?? 4173) + 10 + offset;
}

export interface TestServer {
	url: string;
	process: ChildProcess;
	/** Everything the server wrote to stdout and stderr so far, one entry per line. */
	lines: string[];
	/** What the server wrote to stdout, one entry per line. */
	stdout: string[];
	/** The stdout lines that are JSON, parsed. */
	logs(): Record<string, unknown>[];
	dataDir: string;
	/** Resolves with the exit code once the process has ended. */
	exited: Promise<number | null>;
	stop(): Promise<void>;
}

export interface StartOptions {
	port: number;
	env?: Record<string, string | undefined>;
	/** Wait until it answers (default); false for a start that is expected to fail. */
	wait?: boolean;
	dataDir?: string;
}

export async function startServer({
	port,
	env = {},
	wait = true,
	dataDir
}: StartOptions): Promise<TestServer> {
	const dir = dataDir ?? mkdtempSync(join(tmpdir(), `smc-spec-${port}-`));
	const environment: Record<string, string> = {};
	for (const [key, value] of Object.entries({
		...process.env,
		PORT: String(port),
		DATA_DIR: dir,
		// No ORIGIN unless a spec sets one: the default is what a first start gets.
		ORIGIN: undefined,
		DATABASE_URL: undefined,
		...env
	})) {
		if (value !== undefined) environment[key] = value;
	}
	const child = spawn('node', ['scripts/start.js'], {
		env: environment,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const lines: string[] = [];
	const stdoutLines: string[] = [];
	for (const [stream, target] of [
		[child.stdout, stdoutLines],
		[child.stderr, undefined]
	] as const) {
		let rest = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			const parts = (rest + chunk).split('\n');
			rest = parts.pop() ?? '';
			lines.push(...parts);
			target?.push(...parts);
		});
	}
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const url = `http://localhost:${port}`;
	const server: TestServer = {
		url,
		process: child,
		lines,
		dataDir: dir,
		stdout: stdoutLines,
		exited,
		logs: () =>
			stdoutLines.flatMap((line) => {
				try {
					return [JSON.parse(line) as Record<string, unknown>];
				} catch {
					return [];
				}
			}),
		async stop() {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				await exited;
			}
			if (!dataDir) rmSync(dir, { recursive: true, force: true });
		}
	};
	if (wait) {
		for (let i = 0; i < 150; i++) {
			if (child.exitCode !== null) {
				throw new Error(`server on ${port} exited: ${lines.slice(-5).join('\n')}`);
			}
			const up = await fetch(`${url}/`)
				.then((r) => r.ok)
				.catch(() => false);
			if (up) return server;
			await new Promise((r) => setTimeout(r, 200));
		}
		await server.stop();
		throw new Error(`server on ${port} did not start`);
	}
	return server;
}
