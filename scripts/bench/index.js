// `npm run bench`: builds the app, starts the production server on a free port with a
// throw-away SQLite database, and measures, section by section,
//   page weight in Chromium, Lighthouse scores, load with autocannon (pages, shares, the
//   dashboard of a campaign with 100,000 shares), the workshop scenario when workshop.js is
//   there, completions with the comparison's counting on and off, and shares on PostgreSQL when
//   a database is named,
// then prints one table (figures beside the targets) and writes bench/results.json.
// Environment variables: see settings.js and the README's "Performance" section.
// Unmet targets do not fail the run; only a crash does (exit code 1; interrupted: 130).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromiumPath } from '../chromium-path.js';
import { loadAppModules } from './app-modules.js';
import { createCleanup } from './cleanup.js';
import * as completions from './completions.js';
import * as lighthouse from './lighthouse.js';
import * as load from './load.js';
import { log } from './log.js';
import * as pageWeight from './page-weight.js';
import * as postgres from './postgres.js';
import { describeMachine, machineNotes, renderTable, writeResults } from './report.js';
import { freePort, snapshotApp, startServer } from './server.js';
import { KB, pagesFor, readSettings, RESULT_ANSWERS } from './settings.js';
import * as workshop from './workshop-part.js';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Sections measured against the SQLite server, in this order. A new section is a module with
 * `key` and `run(bench)` (see part.js) and one line here.
 * @type {import('./part.js').Part[]}
 */
const AGAINST_SERVER = [pageWeight, lighthouse, load, ...(workshop.available() ? [workshop] : [])];

/**
 * Sections that start servers of their own (other databases, other settings), once the SQLite
 * server has stopped and left them the machine.
 * @type {import('./part.js').Part[]}
 */
const OWN_SERVERS = [completions, postgres];

/**
 * Builds, measures section by section, and reports.
 * @param {import('./settings.js').Settings} settings
 * @param {import('./cleanup.js').Cleanup} cleanup
 */
async function main(settings, cleanup) {
	const loadAtStart = os.loadavg();
	if (loadAtStart[0] > os.cpus().length * 0.75) {
		log(`Load average ${loadAtStart[0].toFixed(2)}: other work is running; figures may be low`);
	}
	if (settings.build) build();
	const bench = await prepare(settings, cleanup);
	const results = [];
	for (const part of AGAINST_SERVER) results.push(await runPart(part, bench));
	await bench.server.stop();
	for (const part of OWN_SERVERS) results.push(await runPart(part, bench));
	report(bench, results, loadAtStart);
}

/**
 * The run's context: a frozen copy of the build serving on a free port, a fresh SQLite
 * database that the bench opens too (through the app's own code), and the pages to measure.
 * @param {import('./settings.js').Settings} settings
 * @param {import('./cleanup.js').Cleanup} cleanup
 * @returns {Promise<import('./part.js').Bench>}
 */
async function prepare(settings, cleanup) {
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error('No Chromium: install it or set CHROMIUM_PATH');
	const workDir = mkdtempSync(join(os.tmpdir(), 'smc-bench-'));
	cleanup.add(() => removeWorkDir(workDir));
	const appRoot = settings.snapshot ? join(workDir, 'app') : root;
	if (settings.snapshot) await snapshotApp(root, appRoot);
	const app = await loadAppModules(root);
	const quiz = app.content.defaultQuiz;
	const resultCode = app.quiz.encodeShareCode(
		quiz,
		app.quiz.answersFromParam(RESULT_ANSWERS, quiz.questions.length)
	);
	const pages = pagesFor(resultCode);

	const dataDir = join(workDir, 'data');
	mkdirSync(dataDir);
	const port = await freePort();
	log(`Starting the server on http://localhost:${port} (app in ${appRoot}, data in ${dataDir})`);
	const server = await startServer(appRoot, { port, dataDir }, cleanup);
	await expectPages(server.base, pages);
	const db = app.database.openSqlite(dataDir);
	cleanup.add(() => db.destroy());
	await app.database.migrate(db); // the server did; this only confirms the schema
	return {
		root,
		settings,
		cleanup,
		workDir,
		appRoot,
		executablePath,
		app,
		resultCode,
		pages,
		server,
		dataDir,
		db,
		figures: {}
	};
}

function build() {
	log('npm run build');
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`npm run build failed (${result.status})`);
}

/** Every measured page answers 200 before anything is measured. */
async function expectPages(base, pages) {
	for (const path of Object.values(pages)) {
		const res = await fetch(base + path);
		await res.arrayBuffer();
		if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
	}
}

/**
 * @param {import('./part.js').Part} part
 * @param {import('./part.js').Bench} bench
 */
async function runPart(part, bench) {
	const result = await part.run(bench);
	bench.figures[part.key] = result?.figures ?? null;
	return result;
}

/**
 * Prints the table and the notes, and writes bench/results.json.
 * @param {import('./part.js').Bench} bench
 * @param {Array<import('./part.js').PartResult | null>} results
 * @param {number[]} loadAtStart
 */
function report(bench, results, loadAtStart) {
	const done = results.filter((r) => r !== null);
	const machine = describeMachine(
		root,
		loadAtStart,
		Object.assign({}, ...done.map((r) => r.machine))
	);
	const targets = Object.assign({}, ...done.map((r) => r.targets));
	const met = Object.values(targets).filter((t) => t.met).length;
	const table = renderTable(done.flatMap((r) => r.tables ?? []));
	const notes = [
		...machineNotes(machine),
		...done.flatMap((r) => r.notes ?? []),
		`Targets met: ${met} of ${Object.keys(targets).length}`
	];
	console.log('\n' + table + '\n' + notes.join('\n'));

	const { settings } = bench;
	const path = writeResults(root, {
		machine,
		settings: {
			durationS: settings.durationS,
			connections: settings.connections,
			lighthouseRuns: settings.lighthouseRuns,
			sequentialRequests: settings.sequentialRequests,
			seededShares: settings.seededShares,
			kilobyte: KB,
			acceptEncoding: settings.acceptEncoding
		},
		targets,
		...bench.figures,
		table
	});
	log(`Wrote ${path} (total ${(performance.now() / 1000).toFixed(0)} s)`);
}

/** The temporary folder, after the link to node_modules (the link only, never its target). */
function removeWorkDir(workDir) {
	const link = join(workDir, 'app', 'node_modules');
	if (existsSync(link)) unlinkSync(link);
	rmSync(workDir, { recursive: true, force: true });
}

/** The settings, or one line saying which variable is wrong (and no run). */
function settingsOrExit() {
	try {
		return readSettings();
	} catch (error) {
		console.error(`npm run bench: ${error.message}`);
		process.exit(1);
	}
}

const settings = settingsOrExit();
const cleanup = createCleanup();
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, async () => {
		log(`${signal}: stopping`);
		interrupted = true;
		await cleanup.run();
		process.exit(130);
	});
}
try {
	await main(settings, cleanup);
	await cleanup.run();
	process.exit(0);
} catch (error) {
	if (!interrupted) console.error(error); // when interrupted, the failure is the interruption
	await cleanup.run();
	process.exit(interrupted ? 130 : 1);
}
