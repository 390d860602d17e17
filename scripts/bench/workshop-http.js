// Plain HTTP for the workshop scenario (workshop.js): requests with cookies and forms as a browser
// without JavaScript sends them, event streams read as they arrive, a pool, percentiles, memory.
import http from 'node:http';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export const HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';

/** Percentile of numbers (nearest rank); null for none. */
export function percentile(values, p) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round1 = (n) => (n === null ? null : Math.round(n * 10) / 10);
export const stats = (values) => ({
	p50: round1(percentile(values, 50)),
	p95: round1(percentile(values, 95)),
	max: round1(percentile(values, 100)),
	n: values.length
});

/** Resident memory of a process in bytes (Linux), or null. */
export function rssOf(pid) {
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : null;
	} catch {
		return null;
	}
}

/** A plain HTTP request; resolves with status, headers and body. */
export function request(base, path, { method = 'GET', headers = {}, body } = {}) {
	return new Promise((resolve, reject) => {
		const req = http.request(
			new URL(path, base),
			{
				method,
				headers: { ...headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) }
			},
			(res) => {
				let data = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (data += chunk));
				res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
			}
		);
		req.on('error', reject);
		if (body) req.write(body);
		req.end();
	});
}

export const form = (base, extra = {}) => ({
	'content-type': 'application/x-www-form-urlencoded',
	origin: base,
	accept: HTML,
	...extra
});

/**
 * An event stream as a browser's EventSource would hold it: every state it receives, with the
 * time it arrived, and a way to wait for one that matches.
 */
export function openStream(base, path, agent) {
	const states = [];
	const waiters = [];
	let request;
	const opened = new Promise((resolve, reject) => {
		request = http.get(
			new URL(path, base),
			{ agent, headers: { accept: 'text/event-stream' } },
			(res) => {
				if (res.statusCode !== 200) {
					reject(new Error(`${path} answered ${res.statusCode}`));
					res.resume();
					return;
				}
				resolve();
				let buffer = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => {
					const at = performance.now();
					buffer += chunk;
					let end;
					while ((end = buffer.indexOf('\n\n')) >= 0) {
						const message = buffer.slice(0, end);
						buffer = buffer.slice(end + 2);
						const data = message
							.split('\n')
							.filter((line) => line.startsWith('data: '))
							.map((line) => line.slice(6))
							.join('\n');
						if (!data) continue;
						const state = JSON.parse(data);
						states.push({ at, state });
						for (const waiter of [...waiters]) {
							if (waiter.match(state)) {
								waiters.splice(waiters.indexOf(waiter), 1);
								waiter.resolve(at);
							}
						}
					}
				});
			}
		);
		request.on('error', reject);
	});
	return {
		opened,
		states,
		/** Resolves with the arrival time of the first state that matches (past or future). */
		until(match, timeoutMs = 30_000) {
			const seen = states.find((s) => match(s.state));
			if (seen) return Promise.resolve(seen.at);
			return new Promise((resolve, reject) => {
				const waiter = { match, resolve };
				waiters.push(waiter);
				setTimeout(() => {
					const i = waiters.indexOf(waiter);
					if (i >= 0) {
						waiters.splice(i, 1);
						reject(new Error(`${path}: no matching state within ${timeoutMs} ms`));
					}
				}, timeoutMs).unref();
			});
		},
		close: () => request?.destroy()
	};
}

/** Runs `tasks` with at most `limit` at a time. */
export async function pool(tasks, limit) {
	const results = new Array(tasks.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, tasks.length) }, async () => {
			while (next < tasks.length) {
				const i = next++;
				results[i] = await tasks[i]();
			}
		})
	);
	return results;
}

export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}
