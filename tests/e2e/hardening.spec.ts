import { renameSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { specPort, startServer, type TestServer } from './server';

/**
 * Faults and abuse against a server of its own: crafted URLs, slow and oversized requests,
 * aborted posts, settings that are wrong, readiness, and what the logs say about all of it.
 */
test.describe.configure({ mode: 'serial' });

let server: TestServer;

test.beforeAll(async () => {
	server = await startServer({
		port: specPort(2),
		env: { HEADERS_TIMEOUT: '2', REQUEST_TIMEOUT: '4', RATE_LIMIT_CAMPAIGNS_PER_HOUR: '100' }
	});
});

test.afterAll(async () => {
	await server?.stop();
});

/** A request sent exactly as written (like `curl --path-as-is`). */
function rawGet(url: string, path: string) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
		(resolve, reject) => {
			const { hostname, port } = new URL(url);
			const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			});
			req.on('error', reject);
			req.end();
		}
	);
}

/** Sends raw bytes, returns what came back and whether the server closed the connection. */
function rawExchange(url: string, bytes: string, waitMs: number) {
	return new Promise<{ response: string; closed: boolean }>((resolve) => {
		const { hostname, port } = new URL(url);
		const socket = connect(Number(port), hostname);
		let response = '';
		const timer = setTimeout(() => {
			socket.destroy();
			resolve({ response, closed: false });
		}, waitMs);
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => (response += chunk));
		socket.on('close', () => {
			clearTimeout(timer);
			resolve({ response, closed: true });
		});
		socket.on('error', () => {});
		socket.write(bytes);
	});
}

const logsWith = (s: TestServer, msg: string) => s.logs().filter((l) => l.msg === msg);

test('crafted paths answer without a 500, with the usual headers', async () => {
	for (const path of ['//x/..', '//evil.example/%2e%2e', '//']) {
		const response = await rawGet(server.url, path);
		expect(response.status, path).toBeLessThan(500);
		expect(response.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(response.headers['x-content-type-options'], path).toBe('nosniff');
		if (response.status >= 300 && response.status < 400) {
			expect(String(response.headers.location), path).toMatch(/^\/(?!\/)/);
		}
	}
	const nul = await rawGet(server.url, '/c/abc%00def');
	expect(nul.status).toBe(404);
	expect(nul.body).toContain('Diese Seite gibt es nicht');
	expect(server.logs().filter((l) => l.level === 'error')).toEqual([]);
});

test("the HTTP parser's 431 carries the security headers", async () => {
	const { response } = await rawExchange(
		server.url,
		`GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
		5000
	);
	expect(response).toMatch(/^HTTP\/1\.1 431/);
	expect(response).toMatch(/content-security-policy: default-src 'none'/i);
	expect(response).toMatch(/x-content-type-options: nosniff/i);
});

test('a static file answers only GET and HEAD, without reading a large body', async () => {
	const head = await fetch(`${server.url}/favicon.svg`, { method: 'HEAD' });
	expect(head.status).toBe(200);
	const { response, closed } = await rawExchange(
		server.url,
		'POST /favicon.svg HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n' +
			`Content-Length: 100000000\r\n\r\n${'a'.repeat(1000)}`,
		5000
	);
	expect(response).toMatch(/^HTTP\/1\.1 405/);
	expect(response).toMatch(/allow: GET, HEAD/i);
	// The connection is closed rather than kept open to swallow 100 MB.
	expect(closed).toBe(true);
});

test('a client that sends its headers too slowly is cut off after HEADERS_TIMEOUT', async () => {
	// Half a request, then nothing: the server (HEADERS_TIMEOUT=2) must not wait for minutes.
	const { response, closed } = await rawExchange(
		server.url,
		'GET / HTTP/1.1\r\nHost: localhost\r\n',
		15_000
	);
	expect(closed).toBe(true);
	expect(response).toMatch(/^HTTP\/1\.1 408/);
});

test('a dashboard request is logged with its route and request id, never its key', async () => {
	const key = 'Sup3rSecretKeyThatMustNotBeLogged';
	const response = await fetch(`${server.url}/c/no-such-campaign/auswertung?key=${key}`);
	expect(response.status).toBe(404);
	const id = response.headers.get('x-request-id');
	expect(id).toMatch(/^[0-9a-f]{12}$/);
	await expect
		.poll(() => server.logs().find((l) => l.reqId === id && l.msg === 'request'))
		.toMatchObject({
			level: 'info',
			method: 'GET',
			route: '/c/[slug]/auswertung',
			status: 404
		});
	expect(server.lines.join('\n')).not.toContain(key);
});

test('a client that aborts its post is not logged as a database outage', async () => {
	await new Promise<void>((resolve) => {
		const { hostname, port } = new URL(server.url);
		const socket = connect(Number(port), hostname, () => {
			socket.write(
				'POST /berater?/create HTTP/1.1\r\nHost: localhost:' +
					port +
					`\r\nOrigin: ${server.url}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
					'Content-Length: 1000\r\n\r\nname=Ab'
			);
			setTimeout(() => {
				socket.destroy();
				resolve();
			}, 300);
		});
		socket.on('error', () => {});
	});
	await expect
		.poll(() => server.logs().find((l) => l.method === 'POST' && l.route === '/berater'))
		.toMatchObject({ aborted: true });
	const text = server.lines.join('\n');
	expect(text).not.toMatch(/database unavailable/i);
	// The app still works.
	expect((await fetch(`${server.url}/berater`)).status).toBe(200);
});

test('/healthz answers without the database; /readyz follows it', async () => {
	const health = await fetch(`${server.url}/healthz`);
	expect(health.status).toBe(200);
	expect(health.headers.get('set-cookie')).toBeNull();
	expect(health.headers.get('x-content-type-options')).toBe('nosniff');
	expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

	// The database file goes away (as root, permission bits would not stop the check).
	const file = join(server.dataDir, 'app.db');
	renameSync(file, `${file}.away`);
	try {
		const down = await fetch(`${server.url}/readyz`);
		expect(down.status).toBe(503);
		expect(await down.text()).toMatch(/unavailable: database/);
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
	} finally {
		renameSync(`${file}.away`, file);
	}
	// Back without a restart.
	expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
});

test('a setting that is set but wrong stops the start with one clear line', async () => {
	for (const [env, name] of [
		[{ DATABASE_URL: 'mysql://user:secret@db/smc' }, 'DATABASE_URL'],
		[{ DATABASE_POOL_SIZE: 'ten' }, 'DATABASE_POOL_SIZE'],
		[{ RATE_LIMIT_SHARES_PER_10_MIN: '0' }, 'RATE_LIMIT_SHARES_PER_10_MIN'],
		[{ HEADERS_TIMEOUT: '-5' }, 'HEADERS_TIMEOUT']
	] as const) {
		const failed = await startServer({ port: specPort(3), env, wait: false });
		const code = await Promise.race([
			failed.exited,
			new Promise<'running'>((r) => setTimeout(() => r('running'), 20_000))
		]);
		await failed.stop();
		expect(code, name).toBe(1);
		const problem = failed.lines.filter((l) => l.includes(name));
		expect(problem, name).toHaveLength(1);
		expect(problem[0], name).toMatch(/^Invalid setting: /);
		// A password in a URL is never echoed.
		expect(failed.lines.join('\n')).not.toContain('secret');
	}
});

test('every line on stdout is one JSON object', () => {
	const lines = server.stdout.filter((line) => line.trim() !== '');
	expect(lines.length).toBeGreaterThan(5);
	for (const line of lines) {
		const entry = JSON.parse(line) as Record<string, unknown>;
		expect(typeof entry.time).toBe('string');
		expect(typeof entry.level).toBe('string');
		expect(typeof entry.msg).toBe('string');
	}
	expect(logsWith(server, 'request').length).toBeGreaterThan(3);
});
