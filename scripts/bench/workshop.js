// The workshop scenario: 300 participants with open event streams answer one question within
// 10 seconds while the presenter's stream follows the count.
//
//   import { runWorkshopBench } from './bench/workshop.js';
//   const figures = await runWorkshopBench({ base: 'http://localhost:3000', serverPid });
//
// or on its own (builds nothing; expects `npm run build` done):
//
//   node scripts/bench/workshop.js [participants] [window seconds]
//
// which starts the production server on a free port with a throw-away data folder (SQLite),
// runs the scenario, prints the figures and stops the server. The server needs a campaign
// limit of at least one more campaign for the client address (the standalone run sets it).
//
// Figures:
// - latency from an answer to the presenter's count: from the moment a participant's answer
//   is sent until the presenter's event stream shows a count that includes it (the n-th answer
//   to be confirmed is included once the count reaches n); p50 / p95 / max;
// - exact counts: besides one answer each, a tenth of the participants send theirs twice and
//   a tenth change it; the revealed counts must equal each participant's last answer, once;
// - fan-out: from the presenter's "Frage zeigen" / "Aufdecken" until every phone's stream has
//   the new state;
// - server memory per open stream: the growth of the server's resident memory (Linux
//   /proc/<pid>/status) from before the streams open to after, divided by their number.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
	form,
	freePort,
	openStream,
	percentile,
	pool,
	request,
	round1,
	rssOf,
	stats
} from './workshop-http.js';

const ANSWERS = ['ja', 'jein', 'nein'];

/**
 * The scenario against a running server at `base`. `serverPid` (optional, same machine) lets it
 * measure the server's memory per stream.
 */
export async function runWorkshopBench({
	base,
	serverPid,
	participants = 300,
	windowMs = 10_000,
	log = () => {}
} = {}) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
	const streams = [];
	try {
		// A campaign, its dashboard session, a workshop.
		const created = await request(base, '/berater?/create', {
			method: 'POST',
			headers: form(base, { accept: 'application/json', 'x-sveltekit-action': 'true' }),
			body: 'name=Workshop%20Bench'
		});
		const link = /\/c\/([a-z0-9-]+)\/auswertung\?key=([A-Za-z0-9_-]{43})/.exec(created.body);
		if (!link) throw new Error(`Creating a campaign failed (${created.status})`);
		const [, slug, key] = link;
		const opened = await request(base, `/c/${slug}/auswertung?key=${key}`);
		const cookie = [opened.headers['set-cookie'] ?? []]
			.flat()
			.map((c) => c.split(';')[0])
			.join('; ');
		const started = await request(base, `/c/${slug}/live?/start`, {
			method: 'POST',
			headers: form(base, { cookie }),
			body: ''
		});
		const presenterPath = started.headers.location;
		if (started.status !== 303 || !presenterPath)
			throw new Error(`Starting failed (${started.status})`);
		const page = await request(base, presenterPath, { headers: { cookie } });
		const code = /\/live\/([A-Z0-9]{6})\/beamer/.exec(page.body)?.[1];
		if (!code) throw new Error('No join code on the presenter page');
		const step = async (action, version) => {
			const res = await request(base, `${presenterPath}?/${action}`, {
				method: 'POST',
				headers: form(base, { cookie }),
				body: `version=${version}`
			});
			if (res.status !== 303) throw new Error(`${action} answered ${res.status}`);
		};
		log(`Workshop ${code}: ${participants} participants join…`);

		// Joining: the QR code's link, as a phone follows it.
		const joinStart = performance.now();
		const tokens = await pool(
			Array.from({ length: participants }, () => async () => {
				const res = await request(base, `/live/${code}`);
				const token = /\/live\/[A-Z0-9]{6}\/([A-Za-z0-9_-]{22})$/.exec(
					res.headers.location ?? ''
				)?.[1];
				if (res.status !== 303 || !token) throw new Error(`Joining answered ${res.status}`);
				return token;
			}),
			20
		);
		const joinMs = performance.now() - joinStart;

		// Streams: one per phone (the presenter's steps) and the presenter's (every count).
		await sleep(1000);
		const rssBefore = serverPid ? rssOf(serverPid) : null;
		const presenter = openStream(base, `/live/${code}/events`, agent);
		streams.push(presenter);
		const phones = tokens.map(() => openStream(base, `/live/${code}/events?counts=0`, agent));
		streams.push(...phones);
		await Promise.all(streams.map((s) => s.opened));
		await Promise.all(streams.map((s) => s.until((state) => state.joined === participants)));
		await sleep(1000);
		const rssAfter = serverPid ? rssOf(serverPid) : null;
		const version = presenter.states.at(-1).state.version;

		// "Frage zeigen": until every phone has the question.
		const showAt = performance.now();
		await step('show', version);
		const shown = await Promise.all(phones.map((p) => p.until((s) => s.status === 'open')));
		const showFanout = shown.map((at) => at - showAt);

		// One answer each at a random moment within the window; a tenth send it again, a tenth
		// change it. The last answer of each participant is what must be counted.
		log(`Answering within ${windowMs / 1000} s…`);
		const last = new Map();
		const sent = [];
		const posts = [];
		const answer = async (token, choice, kind) => {
			const at = performance.now();
			const res = await request(base, `/live/${code}/${token}?/answer`, {
				method: 'POST',
				headers: form(base),
				body: `question=0&round=1&answer=${choice}`
			});
			const done = performance.now();
			if (res.status !== 303) throw new Error(`An answer got ${res.status}`);
			posts.push(done - at);
			if (kind === 'first') {
				sent.push({ at, done });
			}
		};
		const windowStart = performance.now();
		await Promise.all(
			tokens.map(async (token, i) => {
				const choice = ANSWERS[i % 3];
				await sleep(Math.random() * windowMs * 0.9);
				await answer(token, choice, 'first');
				last.set(token, choice);
				if (i % 10 === 1) {
					await answer(token, choice, 'again');
				} else if (i % 10 === 2) {
					const changed = ANSWERS[(i + 1) % 3];
					await answer(token, changed, 'change');
					last.set(token, changed);
				}
			})
		);
		const answeredWithinMs = performance.now() - windowStart;
		// The n-th confirmed answer is in the presenter's count once it reaches n.
		const latencies = await Promise.all(
			sent.map(async (answerSent, n) => {
				const at = await presenter.until((s) => s.status === 'open' && s.answered >= n + 1);
				return Math.max(0, at - answerSent.at);
			})
		);

		// "Aufdecken": exact counts, on every phone.
		const openVersion = presenter.states.at(-1).state.version;
		const revealAt = performance.now();
		await step('reveal', openVersion);
		const revealed = await Promise.all(phones.map((p) => p.until((s) => s.status === 'revealed')));
		const revealFanout = revealed.map((at) => at - revealAt);
		const counts = presenter.states.at(-1).state.rounds?.[0] ?? null;
		const expected = { ja: 0, jein: 0, nein: 0 };
		for (const choice of last.values()) expected[choice] += 1;
		const exact =
			counts !== null &&
			ANSWERS.every((a) => counts[a] === expected[a]) &&
			last.size === participants;

		await step('end', presenter.states.at(-1).state.version);
		await Promise.all(phones.map((p) => p.until((s) => s.status === 'ended')));

		const perStream =
			rssBefore !== null && rssAfter !== null ? (rssAfter - rssBefore) / streams.length : null;
		return {
			participants,
			streams: streams.length,
			joinMs: Math.round(joinMs),
			answeredWithinMs: Math.round(answeredWithinMs),
			answerLatencyMs: stats(latencies),
			answerPostMs: stats(posts),
			showFanoutMs: stats(showFanout),
			revealFanoutMs: stats(revealFanout),
			counts: { expected, revealed: counts, exact, answersSent: posts.length },
			memory: {
				rssBeforeMB: rssBefore === null ? null : round1(rssBefore / 1e6),
				rssAfterMB: rssAfter === null ? null : round1(rssAfter / 1e6),
				perStreamKB: perStream === null ? null : round1(perStream / 1000)
			},
			target: { p95BelowMs: 1000, met: (percentile(latencies, 95) ?? Infinity) < 1000 && exact }
		};
	} finally {
		for (const stream of streams) stream.close();
		agent.destroy();
	}
}

/** Prints the figures as a few lines. */
export function formatWorkshopFigures(f) {
	const ms = (s) => `p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms`;
	return [
		`Workshop: ${f.participants} participants, ${f.streams} open event streams`,
		`  joined in ${f.joinMs} ms; all first answers sent within ${f.answeredWithinMs} ms`,
		`  answer → presenter's count: ${ms(f.answerLatencyMs)}  (target p95 < 1,000 ms: ${f.target.met ? 'met' : 'NOT MET'})`,
		`  answer POST (303):          ${ms(f.answerPostMs)}  (${f.counts.answersSent} answers incl. repeats and changes)`,
		`  "Frage zeigen" → all phones: ${ms(f.showFanoutMs)}`,
		`  "Aufdecken" → all phones:    ${ms(f.revealFanoutMs)}`,
		`  counts: expected ${JSON.stringify(f.counts.expected)}, revealed ${JSON.stringify(f.counts.revealed)} → ${f.counts.exact ? 'exact' : 'NOT EXACT'}`,
		f.memory.perStreamKB === null
			? '  server memory per stream: not measured (no server process id)'
			: `  server memory: ${f.memory.rssBeforeMB} MB → ${f.memory.rssAfterMB} MB resident, ${f.memory.perStreamKB} KB per open stream`
	].join('\n');
}

async function main() {
	const root = new URL('../..', import.meta.url).pathname;
	if (!existsSync(join(root, 'build', 'handler.js'))) {
		console.error('No build: run `npm run build` first.');
		process.exit(1);
	}
	const participants = Number(process.argv[2]) || 300;
	const windowMs = (Number(process.argv[3]) || 10) * 1000;
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'smc-bench-workshop-'));
	const server = spawn(process.execPath, [join(root, 'server', 'index.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATA_DIR: dataDir,
			DATABASE_URL: '',
			BODY_SIZE_LIMIT: '32K',
			RATE_LIMIT_CAMPAIGNS_PER_HOUR: '1000',
			NODE_ENV: 'production'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = () => {
		server.kill('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	};
	try {
		for (let i = 0; ; i++) {
			const up = await request(base, '/').then(
				(r) => r.status === 200,
				() => false
			);
			if (up) break;
			if (i > 100 || server.exitCode !== null) throw new Error('The server did not start');
			await sleep(200);
		}
		const figures = await runWorkshopBench({
			base,
			serverPid: server.pid,
			participants,
			windowMs,
			log: (m) => console.log(m)
		});
		console.log(formatWorkshopFigures(figures));
		console.log(JSON.stringify(figures));
	} finally {
		stop();
	}
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
	main().catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}
