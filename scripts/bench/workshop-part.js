// The workshop scenario as a section of the benchmark, when `workshop.js` exists. That module
// is written and kept on its own (it also runs alone: `node scripts/bench/workshop.js`); this
// one only calls it and puts what it returns into the table.
//
// Expected of workshop.js: an exported async function – the default export, `runWorkshop`, or
// the module's only exported function – called as `fn(base, { settings, log })` against the
// running server, resolving to
//   {
//     title: string,                           // the section's title (the report numbers it)
//     header?: string[],                       // column names, the label's first
//     rows: Array<Array<string | number> | Record<string, string | number>>,
//                                              // [label, ...figures], or objects (keys = header)
//     targets?: Record<string, { target: string, met: boolean, row?: number }>,
//                                              // `row`: index of the row it judges
//     notes?: string[],                        // lines printed under the table
//     ...further figures                       // everything goes to results.json as "workshop"
//   }
// Importing it must not start its stand-alone run: that belongs behind a check such as
// `import.meta.url === pathToFileURL(process.argv[1]).href`.
import { existsSync } from 'node:fs';
import { log } from './log.js';
import { targetCells } from './report.js';

export const key = 'workshop';

const MODULE = new URL('./workshop.js', import.meta.url);

/** True when the workshop scenario is there to run. */
export function available() {
	return existsSync(MODULE);
}

/**
 * @param {import('./part.js').Bench} bench
 * @returns {Promise<import('./part.js').PartResult>}
 */
export async function run(bench) {
	const module = await import(MODULE.href);
	log('Workshop scenario');
	const result =
		typeof module.runWorkshopBench === 'function'
			? asSection(
					await module.runWorkshopBench({
						base: bench.server.base,
						serverPid: bench.server.pid,
						log
					})
				)
			: await scenarioFunction(module)(bench.server.base, { settings: bench.settings, log });
	if (!result || typeof result !== 'object' || !Array.isArray(result.rows)) {
		throw new Error('workshop.js returned no { title, rows }');
	}
	const targets = result.targets ?? {};
	const objectRows = result.rows.some((r) => !Array.isArray(r));
	const header = result.header ?? (objectRows ? Object.keys(result.rows[0] ?? {}) : []);
	const cells = result.rows.map((r) => (Array.isArray(r) ? r : header.map((h) => r[h] ?? '–')));
	const width = Math.max(header.length, ...cells.map((r) => r.length));
	const judged = (i) => Object.values(targets).find((t) => t.row === i);
	return {
		figures: result,
		targets: Object.fromEntries(
			Object.entries(targets).map(([name, t]) => [
				`workshop${name[0]?.toUpperCase()}${name.slice(1)}`,
				{ target: t.target, met: t.met }
			])
		),
		tables: [
			{
				title: result.title ?? 'Workshop',
				header: [...pad(header, width), 'target', 'status'].map(String),
				rows: cells.map((r, i) => [...pad(r, width).map(String), ...targetCells(judged(i))])
			}
		],
		notes: result.notes ?? []
	};
}

/**
 * The figures of `runWorkshopBench` (workshop.js) as a section: latency from an answer to the
 * presenter's count, the fan-out of the presenter's steps, exact counts and memory per stream.
 * @param {any} f
 */
function asSection(f) {
	const ms = (/** @type {{ p50: number, p95: number, max: number }} */ s) => [s.p50, s.p95, s.max];
	return {
		...f,
		title: `Workshop – ${f.participants} phones with open event streams answer within ${f.answeredWithinMs} ms; latency in ms`,
		header: ['measure', 'p50', 'p95', 'max'],
		rows: [
			["answer → presenter's count", ...ms(f.answerLatencyMs)],
			['answer POST (303)', ...ms(f.answerPostMs)],
			['"Frage zeigen" → all phones', ...ms(f.showFanoutMs)],
			['"Aufdecken" → all phones', ...ms(f.revealFanoutMs)]
		],
		targets: {
			latency: { target: 'p95 < 1,000 ms', met: f.target.met, row: 0 },
			counts: { target: 'every answer once', met: f.counts.exact, row: 1 }
		},
		notes: [
			`Workshop counts: expected ${JSON.stringify(f.counts.expected)}, revealed ${JSON.stringify(f.counts.revealed)} (${f.counts.answersSent} answers sent, repeats and changes included) → ${f.counts.exact ? 'exact' : 'NOT EXACT'}`,
			f.memory.perStreamKB === null
				? 'Workshop memory per stream: not measured'
				: `Workshop memory: ${f.memory.rssBeforeMB} MB → ${f.memory.rssAfterMB} MB resident, ${f.memory.perStreamKB} KB per open stream`
		]
	};
}

function scenarioFunction(module) {
	const exported = Object.values(module).filter((v) => typeof v === 'function');
	const fn = module.default ?? module.runWorkshop ?? (exported.length === 1 ? exported[0] : null);
	if (typeof fn !== 'function') {
		throw new Error('workshop.js exports no scenario function (default or runWorkshop)');
	}
	return fn;
}

function pad(cells, width) {
	return [...cells, ...Array(Math.max(0, width - cells.length)).fill('–')];
}
