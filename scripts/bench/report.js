// The report: one table in numbered sections, notes under it, and bench/results.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { KB } from './settings.js';

/** @param {number} bytes */
export const fmtKB = (bytes) => (bytes / KB).toFixed(1);
/** @param {number | null | undefined} ms */
export const fmtMs = (ms) =>
	ms == null ? '–' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString();
/** @param {number} n */
export const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
/** @param {boolean} ok */
export const verdict = (ok) => (ok ? 'met' : 'NOT MET');

/**
 * @typedef {object} Target
 * @property {string} target what is asked, in words
 * @property {boolean} met
 *
 * @typedef {object} TableSection
 * @property {string} title without its number (the report numbers the sections)
 * @property {string[]} header
 * @property {string[][]} rows each [label, ...figures, target, status]
 */

/** The last two cells of a row: a target's wording and verdict, or '–' and nothing. */
export function targetCells(target) {
	return target ? [target.target, verdict(target.met)] : ['–', ''];
}

/**
 * One table in numbered sections. Labels, targets and verdicts line up across all sections; the
 * figures in between are aligned within a section (right-aligned where every cell is a number).
 * @param {TableSection[]} sections
 */
export function renderTable(sections) {
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
		out.push(`${k + 1}. ${s.title}`, line(s.header, 0), '-'.repeat(total));
		s.rows.forEach((r, j) => out.push(line(r, j + 1)));
		out.push('='.repeat(total));
	});
	return out.join('\n');
}

/**
 * The machine and the tools, for judging the figures.
 * @param {string} root
 * @param {number[]} loadAtStart `os.loadavg()` when the run started
 * @param {Record<string, unknown>} found figures the sections learned (browser version, …)
 */
export function describeMachine(root, loadAtStart, found) {
	const cpus = os.cpus();
	const version = (name) =>
		JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
	return {
		date: new Date().toISOString(),
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		cpus: cpus.length,
		cpuModel: cpus[0]?.model ?? 'unknown',
		memoryGB: Math.round(os.totalmem() / 1e9),
		loadAverageAtStart: loadAtStart,
		loadAverageAtEnd: os.loadavg(),
		node: process.version,
		...found,
		autocannon: version('autocannon')
	};
}

/** The lines about the machine printed under the table. */
export function machineNotes(machine) {
	const [before] = machine.loadAverageAtStart;
	const [after] = machine.loadAverageAtEnd;
	return [
		`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.date}`,
		'Other / steal: share of all cores used during the test by processes other than the server and this script,' +
			' and taken by the hypervisor (steal); more than ~10 % means the figures are disturbed.',
		`Load average (1 min) before / after: ${before.toFixed(2)} / ${after.toFixed(2)}` +
			(before > machine.cpus * 0.75
				? ' – the machine was busy before the run; figures may be low'
				: '')
	];
}

/**
 * Writes `bench/results.json` (tabs, trailing newline).
 * @returns {string} its path
 */
export function writeResults(root, results) {
	mkdirSync(join(root, 'bench'), { recursive: true });
	const path = join(root, 'bench', 'results.json');
	writeFileSync(path, JSON.stringify(results, null, '\t') + '\n');
	return path;
}
