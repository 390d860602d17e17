// `npm run bench`: builds the app, starts the production server on a free port with a
// throw-away database, and measures
//   1. page weight in Chromium (requests, bytes transferred / decoded by type, own origin only),
//   2. Lighthouse 12 (mobile) scores and LCP / TBT / CLS,
//   3. throughput and latency with autocannon (pages, share POSTs, dashboard with 10,000 shares),
// then prints one table (figures beside the targets) and writes bench/results.json.
//
// Environment: BENCH_SKIP_BUILD=1 skips `npm run build`; CHROMIUM_PATH names the browser;
// BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50), BENCH_LH_RUNS (default 2,
// best performance score of n runs) and BENCH_SEQUENTIAL (default 200) adjust the load;
// BENCH_SNAPSHOT=0 runs the server from the working tree instead of a frozen copy of the build.
// Unmet targets do not fail the run; only a crash does (exit code 1).
import { chromium, devices } from '@playwright/test';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

const root = new URL('..', import.meta.url).pathname;
const started = performance.now();

const DURATION = Number(process.env.BENCH_DURATION) || 10;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS) || 50;
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS) || 2);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL) || 200;
const SEED_SHARES = 10_000;
const SMALL_SHARES = 20;
const RESULT_CODE = 'smBBmeHx';
// A plain form post as a browser sends it: SvelteKit answers 303. With `accept: */*` (fetch's
// and curl's default) it would answer 200 with a JSON redirect instead.
const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const PAGES = {
	landing: '/',
	question: '/quiz/3?a=yp',
	results: `/ergebnis/${RESULT_CODE}`
};

/** 1 KB = 1,000 bytes throughout (the stricter reading of the targets). */
const KB = 1000;
const TARGETS = {
	landingBytes: 40 * KB,
	questionBytes: 40 * KB,
	resultsBytes: 120 * KB,
	lighthousePerformance: 95,
	lighthouseOthers: 100,
	sharesPerSecond: 1000,
	sharesP99Ms: 50,
	dashboardP95Ms: 100
};

const CHROMIUM_ARGS = chromiumArgs;

function log(message) {
	const s = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
	console.error(`[bench ${s}s] ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Server

function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

let server; // the child process
let serverExited = false;
let serverLog = '';

/**
 * A frozen copy of what `npm start` runs (scripts/start.js, server/, build/, package.json, and
 * node_modules linked), so that a build started meanwhile in the working tree – by hand, by
 * start.js or by the e2e tests – cannot replace files under the running server.
 * BENCH_SNAPSHOT=0 runs the working tree itself.
 */
async function snapshotApp(appDir) {
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

function startServer(appRoot, port, dataDir) {
	const env = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: dataDir,
		DATABASE_URL: '', // SQLite in DATA_DIR, which this script reads, never a PostgreSQL
		ORIGIN: `http://localhost:${port}`,
		RATE_LIMIT_SHARES_PER_10_MIN: '100000000',
		RATE_LIMIT_CAMPAIGNS_PER_HOUR: '100000',
		RATE_LIMIT_KEY_FAILURES_PER_15_MIN: '1000',
		NODE_ENV: 'production'
	};
	// Own process group, so that a build start.js might run is stopped along with it.
	server = spawn(process.execPath, [join(appRoot, 'scripts', 'start.js')], {
		cwd: appRoot,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const keep = (chunk) => {
		serverLog = (serverLog + chunk.toString()).slice(-20_000);
	};
	server.stdout.on('data', keep);
	server.stderr.on('data', keep);
	server.on('exit', (code, signal) => {
		serverExited = true;
		serverLog += `\n[server process exited: code ${code}, signal ${signal}]`;
	});
}

async function waitForServer(base, timeoutMs = 180_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (serverExited) throw new Error(`The server exited while starting:\n${serverLog}`);
		try {
			const res = await fetch(base + '/', { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (res.status === 200) return;
		} catch {
			// not yet listening
		}
		await sleep(250);
	}
	throw new Error(`The server did not answer 200 on / within ${timeoutMs / 1000} s:\n${serverLog}`);
}

async function stopServer() {
	if (!server || serverExited) return;
	const exited = new Promise((resolve) => server.once('exit', resolve));
	const signal = (sig) => {
		try {
			process.kill(-server.pid, sig);
		} catch {
			try {
				server.kill(sig);
			} catch {
				// already gone
			}
		}
	};
	signal('SIGTERM');
	const timer = setTimeout(() => signal('SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// App helpers (campaigns, sessions, shares)

function randomToken(length = 32) {
	return randomBytes(length).toString('base64url').slice(0, length);
}

async function createCampaign(base, name) {
	const res = await fetch(`${base}/berater?/create`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			'x-sveltekit-action': 'true',
			accept: 'application/json'
		},
		body: `name=${encodeURIComponent(name)}`
	});
	const text = await res.text();
	const match = /\/c\/([a-z0-9-]+)\/auswertung\?key=([A-Za-z0-9_-]{43})/.exec(text);
	if (!res.ok || !match) {
		throw new Error(`Creating a campaign failed (${res.status}): ${text.slice(0, 500)}`);
	}
	return { slug: match[1], key: match[2] };
}

/** Opens a dashboard session the way the secret link does; returns the cookie's name and value. */
async function dashboardCookie(base, { slug, key }) {
	const res = await fetch(`${base}/c/${slug}/auswertung?key=${key}`, { redirect: 'manual' });
	await res.arrayBuffer();
	const name = `dashboard-${slug}`;
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith(name + '='));
	if (res.status !== 303 || !cookie) {
		throw new Error(`The secret link answered ${res.status} without a session cookie`);
	}
	return { name, value: cookie.slice(name.length + 1), header: cookie };
}

async function share(base, slug, alias) {
	const res = await fetch(`${base}/c/${slug}/ergebnis/${RESULT_CODE}?/share`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			accept: HTML_ACCEPT
		},
		body: `token=${randomToken()}&alias=${encodeURIComponent(alias)}`
	});
	await res.arrayBuffer();
	if (res.status !== 303) throw new Error(`Sharing answered ${res.status} instead of 303`);
}

function openDb(dataDir, options) {
	const db = new Database(join(dataDir, 'app.db'), options);
	db.pragma('busy_timeout = 10000');
	return db;
}

function countShares(dataDir, slug) {
	const db = openDb(dataDir, { readonly: true, fileMustExist: true });
	try {
		const row = db
			.prepare(
				'SELECT count(*) AS n FROM shares WHERE campaign_id = (SELECT id FROM campaigns WHERE slug = ?)'
			)
			.get(slug);
		const total = db.prepare('SELECT count(*) AS n FROM shares').get();
		return { campaign: row.n, total: total.n };
	} finally {
		db.close();
	}
}

/** How many of the tokens (answered 303) are not in the campaign's shares. */
function missingTokens(dataDir, slug, tokens) {
	const db = openDb(dataDir, { readonly: true, fileMustExist: true });
	try {
		const stored = new Set(
			db
				.prepare(
					'SELECT token FROM shares WHERE campaign_id = (SELECT id FROM campaigns WHERE slug = ?)'
				)
				.pluck()
				.all(slug)
		);
		return tokens.filter((t) => !stored.has(t)).length;
	} finally {
		db.close();
	}
}

/** Inserts n shares directly (one transaction) while the server runs; WAL allows it. */
function seedShares(dataDir, slug, n) {
	const db = openDb(dataDir, { fileMustExist: true });
	try {
		const campaign = db.prepare('SELECT id FROM campaigns WHERE slug = ?').get(slug);
		if (!campaign) throw new Error(`Campaign ${slug} is not in the database`);
		const insert = db.prepare(
			`INSERT INTO shares (id, campaign_id, token, answers, code, alias, day, percent, band)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const letters = ['y', 'p', 'n'];
		const today = Date.now();
		db.transaction(() => {
			for (let i = 0; i < n; i++) {
				const answers = Array.from({ length: 8 }, () => letters[(Math.random() * 3) | 0]).join('');
				const percent = (Math.random() * 101) | 0;
				const band = percent >= 75 ? 'profi' : percent >= 45 ? 'gut' : 'umdenken';
				const day = new Date(today - ((Math.random() * 60) | 0) * 86_400_000)
					.toISOString()
					.slice(0, 10);
				insert.run(
					randomUUID(),
					campaign.id,
					randomToken(),
					answers,
					RESULT_CODE,
					i % 3 === 0 ? null : `Person ${i}`,
					day,
					percent,
					band
				);
			}
		})();
	} finally {
		db.close();
	}
}

// ---------------------------------------------------------------------------------------------
// 1. Page weight in Chromium

const TYPE_GROUPS = ['document', 'script', 'stylesheet', 'image', 'other'];

function typeGroup(resourceType) {
	return TYPE_GROUPS.includes(resourceType) ? resourceType : 'other';
}

async function measurePage(browser, base, path, { cookie, waitForChart = false } = {}) {
	const device = { ...devices['Pixel 7'] };
	delete device.defaultBrowserType;
	const context = await browser.newContext(device);
	try {
		if (cookie) await context.addCookies([{ name: cookie.name, value: cookie.value, url: base }]);
		const page = await context.newPage();
		const pending = [];
		page.on('requestfinished', (request) => {
			pending.push(
				(async () => {
					const sizes = await request.sizes();
					const response = await request.response();
					let decoded = 0;
					try {
						decoded = response ? (await response.body()).length : 0;
					} catch {
						decoded = sizes.responseBodySize; // redirects have no body to read
					}
					return {
						url: request.url(),
						type: request.resourceType(),
						status: response?.status() ?? 0,
						transferred: sizes.responseBodySize + sizes.responseHeadersSize,
						headers: sizes.responseHeadersSize,
						decoded
					};
				})()
			);
		});
		const failed = [];
		page.on('requestfailed', (request) =>
			failed.push({ url: request.url(), error: request.failure()?.errorText })
		);
		const response = await page.goto(base + path, { waitUntil: 'load' });
		if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
		if (waitForChart) {
			await page.locator('canvas').first().waitFor({ state: 'visible', timeout: 15_000 });
		}
		await page.waitForLoadState('networkidle');
		if (waitForChart) {
			await page.waitForTimeout(1000);
			await page.waitForLoadState('networkidle');
		}
		// Drawn means the lazily loaded chart.js chunk arrived and ran: the canvas has pixels.
		const chartDrawn = waitForChart
			? await page.evaluate(() => {
					const canvas = document.querySelector('canvas');
					const ctx = canvas?.getContext('2d');
					if (!canvas || !ctx || !canvas.width || !canvas.height) return false;
					const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
					for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
					return false;
				})
			: undefined;
		const requests = await Promise.all(pending);
		const origin = new URL(base).origin;
		const byType = Object.fromEntries(
			TYPE_GROUPS.map((t) => [t, { requests: 0, transferred: 0, decoded: 0 }])
		);
		let transferred = 0;
		let decoded = 0;
		let headers = 0;
		const foreign = [];
		for (const r of requests) {
			const g = byType[typeGroup(r.type)];
			g.requests++;
			g.transferred += r.transferred;
			g.decoded += r.decoded;
			transferred += r.transferred;
			decoded += r.decoded;
			headers += r.headers;
			if (!/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin) foreign.push(r.url);
		}
		for (const f of failed) {
			if (!/^(data|blob):/.test(f.url) && new URL(f.url).origin !== origin) foreign.push(f.url);
		}
		return {
			path,
			status: response?.status() ?? 0,
			requests: requests.length + failed.length,
			transferred,
			decoded,
			headers,
			byType,
			ownOriginOnly: foreign.length === 0,
			foreign,
			failed,
			chartDrawn,
			list: requests
		};
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse

async function runLighthouse(base, executablePath) {
	const { default: lighthouse } = await import('lighthouse');
	const flags = [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		'--disable-sync'
	];
	let chrome;
	let port;
	let kill;
	try {
		const chromeLauncher = await import('chrome-launcher');
		chrome = await chromeLauncher.launch({
			chromePath: executablePath,
			chromeFlags: flags,
			handleSIGINT: false // its handler would exit before this script stops the server
		});
		port = chrome.port;
		kill = () => chrome.kill();
	} catch (error) {
		log(`chrome-launcher failed (${error.message}); starting Chromium myself`);
		port = await freePort();
		const userDir = mkdtempSync(join(workDir, 'chromium-'));
		const child = spawn(
			executablePath,
			[...flags, `--remote-debugging-port=${port}`, `--user-data-dir=${userDir}`, 'about:blank'],
			{ stdio: 'ignore' }
		);
		kill = async () => {
			const gone = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await Promise.race([gone, sleep(5000)]);
			rmSync(userDir, { recursive: true, force: true });
		};
		for (let i = 0; i < 100; i++) {
			try {
				await fetch(`http://127.0.0.1:${port}/json/version`);
				break;
			} catch {
				await sleep(100);
			}
		}
	}
	let killed;
	stopLighthouseChrome = () => (killed ??= Promise.resolve(kill()).catch(() => {}));
	const results = {};
	try {
		for (const [name, path] of Object.entries(PAGES)) {
			const runs = [];
			for (let i = 0; i < LH_RUNS; i++) {
				log(`Lighthouse ${name} (run ${i + 1}/${LH_RUNS})`);
				const result = await lighthouse(base + path, { port, output: 'json', logLevel: 'error' });
				const lhr = result?.lhr;
				if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
				const score = (id) =>
					lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
				const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
				runs.push({
					performance: score('performance'),
					accessibility: score('accessibility'),
					bestPractices: score('best-practices'),
					seo: score('seo'),
					lcpMs: numeric('largest-contentful-paint'),
					tbtMs: numeric('total-blocking-time'),
					cls: numeric('cumulative-layout-shift'),
					fcpMs: numeric('first-contentful-paint'),
					runtimeError: lhr.runtimeError?.message,
					warnings: lhr.runWarnings,
					failedAudits: Object.values(lhr.audits)
						.filter(
							(a) =>
								a.score !== null &&
								a.score < 1 &&
								a.scoreDisplayMode !== 'informative' &&
								a.scoreDisplayMode !== 'manual' &&
								a.scoreDisplayMode !== 'notApplicable'
						)
						.map((a) => ({ id: a.id, score: a.score, displayValue: a.displayValue })),
					// Audits that cost points in the categories other than performance.
					lostPoints: ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
						(lhr.categories[id]?.auditRefs ?? [])
							.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
							.map((ref) => `${id === 'best-practices' ? 'bp' : id}: ${ref.id}`)
					)
				});
			}
			const best = runs.reduce((a, b) => ((b.performance ?? -1) > (a.performance ?? -1) ? b : a));
			results[name] = { path, best, runs };
		}
	} finally {
		await stopLighthouseChrome();
		stopLighthouseChrome = undefined;
	}
	return results;
}

// ---------------------------------------------------------------------------------------------
// 3. Load

/**
 * CPU use while a measurement runs (Linux /proc): the server's, this script's (autocannon runs
 * in it) and everything else's, in % of all cores. "Other" > a few % means someone else's work
 * (a build, tests) competed with the measurement.
 */
const CLK_TCK = 100; // USER_HZ; 100 on every Linux build in practice
function cpuSample() {
	if (!existsSync('/proc/stat')) return null;
	try {
		const f = readFileSync('/proc/stat', 'utf8')
			.split('\n')[0]
			.trim()
			.split(/\s+/)
			.slice(1)
			.map(Number);
		const busy = f[0] + f[1] + f[2] + f[5] + f[6]; // user nice system irq softirq (not steal)
		let serverTicks = 0;
		if (server && !serverExited) {
			const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			serverTicks = Number(fields[11]) + Number(fields[12]); // utime stime
		}
		const self = process.cpuUsage();
		return {
			at: performance.now(),
			busy,
			steal: f[7] ?? 0,
			serverTicks,
			selfUs: self.user + self.system
		};
	} catch {
		return null;
	}
}
function cpuUse(before, after) {
	if (!before || !after) return null;
	const capacity = ((after.at - before.at) / 1000) * os.cpus().length;
	const all = (after.busy - before.busy) / CLK_TCK;
	const srv = (after.serverTicks - before.serverTicks) / CLK_TCK;
	const self = (after.selfUs - before.selfUs) / 1e6;
	const pct = (x) => Math.round((Math.max(0, x) / capacity) * 100);
	return {
		serverPercent: pct(srv),
		benchPercent: pct(self),
		otherPercent: pct(all - srv - self),
		// Time the hypervisor gave to other machines: a virtual machine's noisy neighbours.
		stealPercent: pct((after.steal - before.steal) / CLK_TCK)
	};
}

async function cannon(name, options, { watchServer = true } = {}) {
	log(`autocannon ${name}: ${options.connections ?? CONNECTIONS} connections, ${DURATION} s`);
	const cpuBefore = cpuSample();
	const instance = autocannon({
		connections: CONNECTIONS,
		duration: DURATION,
		timeout: 10,
		...options
	});
	const errorSamples = new Map();
	instance.on('reqError', (error) => {
		const key = error?.code ?? error?.message ?? String(error);
		errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1);
	});
	const r = await instance;
	const cpu = cpuUse(cpuBefore, cpuSample());
	if (watchServer && serverExited) {
		throw new Error(`The server stopped during "${name}":\n${serverLog}`);
	}
	return {
		name,
		cpu,
		connections: CONNECTIONS,
		durationS: DURATION,
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
		errorKinds: Object.fromEntries(errorSamples),
		timeouts: r.timeouts,
		requestsSent: r.requests.sent,
		mismatches: r.mismatches
	};
}

function percentile(sorted, p) {
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i];
}

/** n sequential requests on one keep-alive connection; the time includes reading the whole body. */
async function sequential(url, headers, n) {
	const times = [];
	const statuses = {};
	let bytes = 0;
	for (let i = 0; i < n + 5; i++) {
		const t0 = performance.now();
		const res = await fetch(url, { headers, redirect: 'manual' });
		const body = await res.arrayBuffer();
		const ms = performance.now() - t0;
		if (i < 5) continue; // warm-up
		times.push(ms);
		statuses[res.status] = (statuses[res.status] ?? 0) + 1;
		bytes = body.byteLength;
	}
	const sorted = [...times].sort((a, b) => a - b);
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

// ---------------------------------------------------------------------------------------------
// Output

const fmtKB = (bytes) => (bytes / KB).toFixed(1);
const fmtMs = (ms) => (ms == null ? '–' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const verdict = (ok) => (ok ? 'met' : 'NOT MET');

/**
 * One table in sections. Each row is [label, ...figures, target, status]: labels, targets and
 * verdicts line up across all sections; the figures in between are aligned within a section.
 */
function renderTable(sections) {
	const numeric = (cell) => /^[\d.,–\-/ ]+$/.test(cell) || /^p\d+ /.test(cell);
	const all = sections.flatMap((s) => [s.header, ...s.rows]).map((r) => r.map(String));
	const labelW = Math.max(...all.map((r) => r[0].length));
	const targetW = Math.max(...all.map((r) => r[r.length - 2].length));
	const statusW = Math.max(...all.map((r) => r[r.length - 1].length));
	const middles = sections.map((s) => {
		const rows = [s.header, ...s.rows].map((r) => r.map(String).slice(1, -2));
		const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
		const right = rows[0].map((_, i) => s.rows.every((r) => numeric(String(r[i + 1]))));
		return rows.map((r) =>
			r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')
		);
	});
	const middleW = Math.max(...middles.flat().map((m) => m.length));
	const total = labelW + middleW + targetW + statusW + 6;
	const out = ['='.repeat(total)];
	sections.forEach((s, k) => {
		const line = (r, j) =>
			[
				String(r[0]).padEnd(labelW),
				middles[k][j].padEnd(middleW),
				String(r[r.length - 2]).padEnd(targetW),
				String(r[r.length - 1])
			]
				.join('  ')
				.trimEnd();
		out.push(s.title, line(s.header, 0), '-'.repeat(total));
		s.rows.forEach((r, j) => out.push(line(r, j + 1)));
		out.push('='.repeat(total));
	});
	return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

let workDir;
let dataDir;
let browser;
let stopLighthouseChrome;
let cleaning;

/** Stops the browsers and the server and deletes the temporary folder; every caller waits for it. */
function cleanup() {
	cleaning ??= (async () => {
		await browser?.close().catch(() => {});
		await stopLighthouseChrome?.();
		await stopServer();
		if (workDir) {
			const link = join(workDir, 'app', 'node_modules');
			if (existsSync(link)) unlinkSync(link); // the link only, never the target
			rmSync(workDir, { recursive: true, force: true });
		}
	})();
	return cleaning;
}

let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
	process.on(sig, async () => {
		log(`${sig}: stopping`);
		interrupted = true;
		await cleanup();
		process.exit(130);
	});
}

let loadAtStart;

// ---------------------------------------------------------------------------------------------
// 4. Shares on PostgreSQL, one and two instances (when BENCH_DATABASE_URL or TEST_DATABASE_URL
// names a throw-away database; its tables are dropped first)

function shareRequest(base, slug) {
	return {
		method: 'POST',
		path: `/c/${slug}/ergebnis/${RESULT_CODE}?/share`,
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			accept: HTML_ACCEPT
		},
		setupRequest(req) {
			return { ...req, body: `token=${randomToken(32)}&alias=Bench` };
		}
	};
}

async function postgresShares(appRoot, databaseUrl) {
	const pg = (await import('pg')).default;
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	await client.query(
		'drop table if exists dashboard_sessions, shares, campaigns, kysely_migration, kysely_migration_lock, rate_limits cascade'
	);
	const procs = [];
	const bases = [];
	try {
		for (let i = 0; i < 2; i++) {
			const port = await freePort();
			const base = `http://localhost:${port}`;
			procs.push(
				spawn(process.execPath, [join(appRoot, 'scripts', 'start.js')], {
					cwd: appRoot,
					detached: true,
					stdio: 'ignore',
					env: {
						...process.env,
						PORT: String(port),
						HOST: '127.0.0.1',
						ORIGIN: base,
						DATABASE_URL: databaseUrl,
						RATE_LIMIT_SHARES_PER_10_MIN: '100000000',
						RATE_LIMIT_CAMPAIGNS_PER_HOUR: '100000',
						NODE_ENV: 'production'
					}
				})
			);
			// One after the other: both migrate at start.
			const deadline = Date.now() + 60_000;
			while (
				!(await fetch(base + '/').then(
					(r) => r.ok,
					() => false
				))
			) {
				if (Date.now() > deadline) throw new Error(`${base} (PostgreSQL) did not start`);
				await sleep(250);
			}
			bases.push(base);
		}
		const { slug } = await createCampaign(bases[0], 'Bench PostgreSQL');
		const count = async () =>
			Number((await client.query('select count(*) from shares')).rows[0].count);
		const before = await count();
		const one = await cannon(
			'share POST, PostgreSQL, 1 instance',
			{ url: bases[0], requests: [shareRequest(bases[0], slug)] },
			{ watchServer: false }
		);
		// Two instances at once, half the connections each: what a load balancer would do.
		const half = Math.max(1, Math.round(CONNECTIONS / 2));
		const two = await Promise.all(
			bases.map((base, i) =>
				cannon(
					`share POST, PostgreSQL, instance ${i + 1} of 2`,
					{ url: base, connections: half, requests: [shareRequest(base, slug)] },
					{ watchServer: false }
				)
			)
		);
		await sleep(500);
		const stored = (await count()) - before;
		const sent = one.requestsSent + two[0].requestsSent + two[1].requestsSent;
		return {
			one,
			two: {
				requestsPerSecond: two[0].requestsPerSecond + two[1].requestsPerSecond,
				p50: Math.max(two[0].latencyMs.p50, two[1].latencyMs.p50),
				p99: Math.max(two[0].latencyMs.p99, two[1].latencyMs.p99),
				answered303: two[0].status['3xx'] + two[1].status['3xx'],
				errors: two[0].errors + two[1].errors + two[0].non2xx3xx + two[1].non2xx3xx,
				instances: two
			},
			stored,
			sent
		};
	} finally {
		for (const proc of procs) {
			try {
				process.kill(-proc.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		}
		await client.end();
	}
}

async function main() {
	loadAtStart = os.loadavg();
	if (loadAtStart[0] > os.cpus().length * 0.75) {
		log(`Load average ${loadAtStart[0].toFixed(2)}: other work is running; figures may be low`);
	}
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		log('npm run build');
		const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
		if (result.status !== 0) throw new Error(`npm run build failed (${result.status})`);
	}
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error('No Chromium: install it or set CHROMIUM_PATH');

	workDir = mkdtempSync(join(os.tmpdir(), 'smc-bench-'));
	dataDir = join(workDir, 'data');
	mkdirSync(dataDir);
	let appRoot = root;
	if (process.env.BENCH_SNAPSHOT !== '0') {
		appRoot = join(workDir, 'app');
		await snapshotApp(appRoot);
	}
	const port = await freePort();
	const base = `http://localhost:${port}`;
	log(`Starting the server on ${base} (app in ${appRoot}, data in ${dataDir})`);
	startServer(appRoot, port, dataDir);
	await waitForServer(base);

	for (const path of Object.values(PAGES)) {
		const res = await fetch(base + path);
		await res.arrayBuffer();
		if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
	}

	// Three campaigns: a small dashboard, share throughput, and the dashboard with 10,000 shares.
	const small = await createCampaign(base, 'Bench Campaign');
	const sharing = await createCampaign(base, 'Bench Campaign Shares');
	const big = await createCampaign(base, 'Bench Campaign 10k');
	for (let i = 0; i < SMALL_SHARES; i++) await share(base, small.slug, `Bench ${i + 1}`);
	const smallCookie = await dashboardCookie(base, small);

	// 1. Page weight
	log('Page weight in Chromium');
	browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, handleSIGINT: false });
	const chromiumVersion = browser.version();
	const weight = {
		landing: await measurePage(browser, base, PAGES.landing),
		question: await measurePage(browser, base, PAGES.question),
		results: await measurePage(browser, base, PAGES.results, { waitForChart: true }),
		dashboard: await measurePage(browser, base, `/c/${small.slug}/auswertung`, {
			cookie: smallCookie,
			waitForChart: true
		})
	};
	await browser.close();
	browser = undefined;
	weight.dashboard.path = `/c/<slug>/auswertung (${SMALL_SHARES} shares)`;

	// 2. Lighthouse
	const lighthouseResults = await runLighthouse(base, executablePath);

	// 3. Load
	const acceptEncoding = 'gzip, deflate, br';
	const load = {};
	load.question = await cannon('question GET', {
		url: base + PAGES.question,
		headers: { 'accept-encoding': acceptEncoding }
	});
	load.results = await cannon('results GET', {
		url: base + PAGES.results,
		headers: { 'accept-encoding': acceptEncoding }
	});

	const sharesBefore = countShares(dataDir, sharing.slug);
	const answeredTokens = [];
	load.shares = await cannon('share POST', {
		url: base,
		requests: [
			{
				method: 'POST',
				path: `/c/${sharing.slug}/ergebnis/${RESULT_CODE}?/share`,
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: base,
					accept: HTML_ACCEPT,
					'accept-encoding': acceptEncoding
				},
				setupRequest(req) {
					return { ...req, body: `token=${randomToken(32)}&alias=Bench` };
				},
				onResponse(status, _body, _context, headers) {
					const location = headers?.location ?? headers?.Location;
					const token = status === 303 && /[?&]geteilt=([A-Za-z0-9_-]+)/.exec(location ?? '');
					if (token) answeredTokens.push(token[1]);
				}
			}
		]
	});
	// Requests still in flight when autocannon stops are answered (and stored) after it counted.
	await sleep(500);
	const sharesAfter = countShares(dataDir, sharing.slug);
	const stored = sharesAfter.campaign - sharesBefore.campaign;
	const successes = load.shares.status['3xx'];
	const missing = missingTokens(dataDir, sharing.slug, answeredTokens);
	load.shares.stored = stored;
	load.shares.successful303 = successes;
	load.shares.answered303WithToken = answeredTokens.length;
	load.shares.answered303NotStored = missing;
	load.shares.inFlightAtStop = load.shares.requestsSent - load.shares.requestsTotal;
	// Every 303 stored its share, and nothing else was stored but the requests in flight.
	load.shares.storedMatchesSuccesses =
		missing === 0 &&
		answeredTokens.length === successes &&
		stored >= successes &&
		stored <= successes + Math.max(0, load.shares.inFlightAtStop);

	log(`Seeding ${fmtInt(SEED_SHARES)} shares`);
	const seedStart = performance.now();
	seedShares(dataDir, big.slug, SEED_SHARES);
	const seedMs = performance.now() - seedStart;
	const bigCookie = await dashboardCookie(base, big);
	const dashboardUrl = `${base}/c/${big.slug}/auswertung`;
	const dashHeaders = { cookie: bigCookie.header, 'accept-encoding': acceptEncoding };
	const check = await fetch(dashboardUrl, { headers: dashHeaders, redirect: 'manual' });
	const checkBody = await check.text();
	if (check.status !== 200) throw new Error(`The 10k dashboard answered ${check.status}`);
	const bigCount = countShares(dataDir, big.slug).campaign;
	log(`Dashboard (${fmtInt(bigCount)} shares): ${SEQUENTIAL} sequential requests`);
	const seqCpuBefore = cpuSample();
	const dashSequential = await sequential(dashboardUrl, dashHeaders, SEQUENTIAL);
	dashSequential.cpu = cpuUse(seqCpuBefore, cpuSample());
	dashSequential.htmlBytes = Buffer.byteLength(checkBody);
	load.dashboard = await cannon('dashboard GET (10k shares)', {
		url: dashboardUrl,
		headers: dashHeaders
	});
	load.dashboard.sequential = dashSequential;
	load.dashboard.shares = bigCount;

	await stopServer();

	// ---------------------------------------------------------------------------------------
	// Targets
	const lhBest = (name) => lighthouseResults[name].best;
	const lhMet = (name) => {
		const b = lhBest(name);
		return (
			b.performance >= TARGETS.lighthousePerformance &&
			b.accessibility >= TARGETS.lighthouseOthers &&
			b.bestPractices >= TARGETS.lighthouseOthers &&
			b.seo >= TARGETS.lighthouseOthers
		);
	};
	const targets = {
		landingWeight: {
			target: `≤ ${TARGETS.landingBytes / KB} KB, own origin only`,
			met: weight.landing.transferred <= TARGETS.landingBytes && weight.landing.ownOriginOnly
		},
		questionWeight: {
			target: `≤ ${TARGETS.questionBytes / KB} KB, own origin only`,
			met: weight.question.transferred <= TARGETS.questionBytes && weight.question.ownOriginOnly
		},
		resultsWeight: {
			target: `≤ ${TARGETS.resultsBytes / KB} KB with chart`,
			met: weight.results.transferred <= TARGETS.resultsBytes && weight.results.chartDrawn
		},
		lighthouseLanding: { target: 'perf ≥ 95, others 100', met: lhMet('landing') },
		lighthouseQuestion: { target: 'perf ≥ 95, others 100', met: lhMet('question') },
		lighthouseResults: { target: 'perf ≥ 95, others 100', met: lhMet('results') },
		shares: {
			target: `≥ ${fmtInt(TARGETS.sharesPerSecond)}/s, p99 < ${TARGETS.sharesP99Ms} ms`,
			met:
				load.shares.requestsPerSecond >= TARGETS.sharesPerSecond &&
				load.shares.latencyMs.p99 < TARGETS.sharesP99Ms &&
				load.shares.non2xx3xx === 0 &&
				load.shares.errors === 0 &&
				load.shares.storedMatchesSuccesses
		},
		dashboard10k: {
			target: `p95 < ${TARGETS.dashboardP95Ms} ms (1 conn.)`,
			met:
				dashSequential.latencyMs.p95 < TARGETS.dashboardP95Ms &&
				dashSequential.statuses[200] === SEQUENTIAL
		}
	};

	const cpus = os.cpus();
	const machine = {
		date: new Date().toISOString(),
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		cpus: cpus.length,
		cpuModel: cpus[0]?.model ?? 'unknown',
		memoryGB: Math.round(os.totalmem() / 1e9),
		loadAverageAtStart: loadAtStart,
		loadAverageAtEnd: os.loadavg(),
		node: process.version,
		chromium: chromiumVersion,
		chromiumPath: executablePath,
		lighthouse: JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'))
			.version,
		autocannon: JSON.parse(readFileSync(join(root, 'node_modules/autocannon/package.json'), 'utf8'))
			.version
	};

	const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
	let postgres = null;
	if (pgUrl) {
		log('Shares on PostgreSQL, one and two instances');
		await stopServer(); // the SQLite instance is done; the two PostgreSQL ones get the machine
		postgres = await postgresShares(appRoot, pgUrl);
	} else {
		log('No BENCH_DATABASE_URL / TEST_DATABASE_URL: skipping the PostgreSQL shares');
	}

	// ---------------------------------------------------------------------------------------
	// Table
	const weightRows = [
		['landing', weight.landing, targets.landingWeight],
		['question', weight.question, targets.questionWeight],
		['results', weight.results, targets.resultsWeight],
		[`dashboard (${SMALL_SHARES} shares)`, weight.dashboard, null]
	].map(([name, w, t]) => [
		name,
		String(w.requests),
		fmtKB(w.transferred),
		fmtKB(w.decoded),
		fmtKB(w.headers),
		...TYPE_GROUPS.map((g) => fmtKB(w.byType[g].transferred)),
		w.ownOriginOnly ? 'yes' : 'NO',
		t ? t.target : '–',
		t ? verdict(t.met) : ''
	]);

	const lhRows = Object.entries(lighthouseResults).map(([name, r]) => {
		const t = targets[`lighthouse${name[0].toUpperCase()}${name.slice(1)}`];
		return [
			name,
			String(r.best.performance),
			String(r.best.accessibility),
			String(r.best.bestPractices),
			String(r.best.seo),
			fmtMs(r.best.lcpMs),
			fmtMs(r.best.tbtMs),
			r.best.cls == null ? '–' : r.best.cls.toFixed(3),
			r.best.lostPoints.join(', ') || '–',
			t.target,
			verdict(t.met)
		];
	});

	const errorsCell = (l) =>
		String(l.errors + l.timeouts) +
		(Object.keys(l.errorKinds).length ? ` (${Object.keys(l.errorKinds).join(', ')})` : '');
	const otherCpu = (cpu) => (cpu ? `${cpu.otherPercent}% / ${cpu.stealPercent}%` : '–');
	const loadRow = (name, l, extra, t) => [
		name,
		fmtInt(l.requestsPerSecond),
		fmtMs(l.latencyMs.p50),
		fmtMs(l.latencyMs.p90),
		fmtMs(l.latencyMs.p99),
		extra,
		fmtInt(l.requestsTotal),
		String(l.non2xx3xx),
		errorsCell(l),
		otherCpu(l.cpu),
		t ? t.target : '–',
		t ? verdict(t.met) : ''
	];
	const loadRows = [
		loadRow('question GET', load.question, '–'),
		loadRow('results GET', load.results, '–'),
		loadRow('share POST (303)', load.shares, `${fmtInt(stored)} stored`, targets.shares),
		loadRow(`dashboard GET (${fmtInt(bigCount)} shares)`, load.dashboard, '–'),
		[
			'dashboard, 1 connection',
			fmtInt(1000 / dashSequential.latencyMs.average),
			fmtMs(dashSequential.latencyMs.p50),
			fmtMs(dashSequential.latencyMs.p90),
			fmtMs(dashSequential.latencyMs.p99),
			`p95 ${fmtMs(dashSequential.latencyMs.p95)}`,
			fmtInt(SEQUENTIAL),
			String(SEQUENTIAL - (dashSequential.statuses[200] ?? 0)),
			'0',
			otherCpu(dashSequential.cpu),
			targets.dashboard10k.target,
			verdict(targets.dashboard10k.met)
		]
	];

	const sections = [
		{
			title: `1. Page weight – Chromium ${chromiumVersion}, Pixel 7 viewport, fresh context, KB = 1,000 bytes`,
			header: [
				'page',
				'requests',
				'KB sent',
				'KB decoded',
				'of it hdrs',
				'document',
				'script',
				'css',
				'image',
				'other',
				'own origin',
				'target',
				'status'
			],
			rows: weightRows
		},
		{
			title: `2. Lighthouse ${machine.lighthouse}, mobile (default config), best performance of ${LH_RUNS} run(s)`,
			header: [
				'page',
				'perf',
				'a11y',
				'best pr.',
				'seo',
				'LCP ms',
				'TBT ms',
				'CLS',
				'points lost (not perf.)',
				'target',
				'status'
			],
			rows: lhRows
		},
		{
			title: `3. Load – autocannon, ${CONNECTIONS} connections × ${DURATION} s (accept-encoding: ${acceptEncoding}); latency in ms`,
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
			rows: loadRows
		}
	];
	if (postgres) {
		const sqliteRow = load.shares;
		sections.push({
			title: `4. Shares per second by database – autocannon, ${CONNECTIONS} connections in all × ${DURATION} s; latency in ms`,
			header: ['database', 'req/s', 'p50', 'p99', 'answered 303', 'errors', 'target', 'status'],
			rows: [
				[
					'SQLite, 1 instance',
					fmtInt(sqliteRow.requestsPerSecond),
					fmtMs(sqliteRow.latencyMs.p50),
					fmtMs(sqliteRow.latencyMs.p99),
					fmtInt(sqliteRow.status['3xx']),
					String(sqliteRow.errors + sqliteRow.non2xx3xx)
				],
				[
					'PostgreSQL, 1 instance',
					fmtInt(postgres.one.requestsPerSecond),
					fmtMs(postgres.one.latencyMs.p50),
					fmtMs(postgres.one.latencyMs.p99),
					fmtInt(postgres.one.status['3xx']),
					String(postgres.one.errors + postgres.one.non2xx3xx)
				],
				[
					'PostgreSQL, 2 instances',
					fmtInt(postgres.two.requestsPerSecond),
					fmtMs(postgres.two.p50),
					fmtMs(postgres.two.p99),
					fmtInt(postgres.two.answered303),
					String(postgres.two.errors)
				]
			].map((row) => [...row, '–', ''])
		});
	}
	const table = renderTable(sections);
	const summary = [
		`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.date}`,
		'Other / steal: share of all cores used during the test by processes other than the server and this script,' +
			' and taken by the hypervisor (steal); more than ~10 % means the figures are disturbed.',
		`Load average (1 min) before / after: ${loadAtStart[0].toFixed(2)} / ${machine.loadAverageAtEnd[0].toFixed(2)}` +
			(loadAtStart[0] > machine.cpus * 0.75
				? ' – the machine was busy before the run; figures may be low'
				: ''),
		`Shares: ${fmtInt(successes)} answered 303 (all stored: ${load.shares.answered303NotStored === 0 ? 'yes' : `NO, ${load.shares.answered303NotStored} missing`}), ` +
			`${fmtInt(load.shares.inFlightAtStop)} in flight at the stop, ${fmtInt(stored)} stored → ` +
			`${load.shares.storedMatchesSuccesses ? 'consistent' : 'INCONSISTENT'}`,
		`Dashboard seeded with ${fmtInt(SEED_SHARES)} shares in ${fmtInt(seedMs)} ms, HTML ${fmtKB(dashSequential.htmlBytes)} KB decoded`,
		...(postgres
			? [
					`PostgreSQL shares: ${fmtInt(postgres.sent)} sent, ${fmtInt(postgres.stored)} stored (1 and 2 instances together)`
				]
			: []),
		`Targets met: ${Object.values(targets).filter((t) => t.met).length} of ${Object.keys(targets).length}`
	];

	console.log('\n' + table + '\n' + summary.join('\n'));

	mkdirSync(join(root, 'bench'), { recursive: true });
	const out = join(root, 'bench', 'results.json');
	for (const w of Object.values(weight)) {
		w.list = w.list.map(({ url, ...rest }) => ({ url: url.replace(base, ''), ...rest }));
	}
	writeFileSync(
		out,
		JSON.stringify(
			{
				machine,
				settings: {
					durationS: DURATION,
					connections: CONNECTIONS,
					lighthouseRuns: LH_RUNS,
					sequentialRequests: SEQUENTIAL,
					seededShares: SEED_SHARES,
					kilobyte: KB,
					acceptEncoding
				},
				targets,
				pageWeight: weight,
				lighthouse: lighthouseResults,
				load,
				postgres,
				table
			},
			null,
			'\t'
		) + '\n'
	);
	log(`Wrote ${out} (total ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

try {
	await main();
	await cleanup();
	process.exit(0);
} catch (error) {
	if (!interrupted) console.error(error); // when interrupted, the failure is the interruption
	await cleanup();
	process.exit(interrupted ? 130 : 1);
}
