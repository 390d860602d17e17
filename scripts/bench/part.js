// What every section of the benchmark receives and returns (JSDoc types only).
//
// A section is a module exporting `key` (its name in bench/results.json) and `run(bench)`;
// adding one is that module plus one line in index.js.

/**
 * The run as the sections see it.
 * @typedef {object} Bench
 * @property {string} root the working tree
 * @property {import('./settings.js').Settings} settings
 * @property {import('./cleanup.js').Cleanup} cleanup register what a section must undo
 * @property {string} workDir a temporary folder, removed at the end
 * @property {string} appRoot what the servers run (a frozen copy of the build, or `root`)
 * @property {string} executablePath Chromium
 * @property {import('./app-modules.js').AppModules} app the app's own modules
 * @property {string} resultCode the share code of the results page measured
 * @property {{ landing: string, question: string, results: string }} pages
 * @property {import('./server.js').AppServer} server the SQLite server (sections before the
 *   server stops only)
 * @property {string} dataDir its data folder
 * @property {import('kysely').Kysely<import('../../src/lib/server/db/schema').DB>} db its
 *   database, opened by the bench through the app's openSqlite
 * @property {Record<string, unknown>} figures what earlier sections returned, by key
 */

/**
 * @typedef {object} PartResult
 * @property {unknown} figures written to bench/results.json under the section's key
 * @property {import('./report.js').TableSection[]} [tables]
 * @property {Record<string, import('./report.js').Target>} [targets]
 * @property {string[]} [notes] lines under the table
 * @property {Record<string, unknown>} [machine] facts about the machine or tools (versions)
 */

/**
 * @typedef {object} Part
 * @property {string} key
 * @property {(bench: Bench) => Promise<PartResult | null>} run null: skipped (it says why)
 */

export {};
