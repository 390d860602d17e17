// `npm run faults [-- sqlite-kill postgres-restart key-flood]`: the fault checks that do not
// belong in every CI run. Builds the app when needed (through scripts/start.js), starts its own
// servers on ports from FAULT_PORT (default 4220) and, for the PostgreSQL check, a throw-away
// cluster of its own on FAULT_PG_PORT (default FAULT_PORT + 9). Prints one table per check.
import { keyFlood } from './key-flood.js';
import { postgresRestart } from './postgres-restart.js';
import { sqliteKill } from './sqlite-kill.js';

const checks = {
	'sqlite-kill': () => sqliteKill({ rounds: Number(process.env.FAULT_KILL_ROUNDS ?? 5) }),
	'postgres-restart': () => postgresRestart(),
	'key-flood': () => keyFlood({ requests: Number(process.env.FAULT_KEY_REQUESTS ?? 100_000) })
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in checks));
if (unknown.length) {
	console.error(
		`Unknown check ${unknown.join(', ')}; there are: ${Object.keys(checks).join(', ')}`
	);
	process.exit(2);
}

let failed = false;
for (const name of chosen.length ? chosen : Object.keys(checks)) {
	const result = await checks[/** @type {keyof typeof checks} */ (name)]();
	console.log(`\n== ${result.title}`);
	if ('skipped' in result && result.skipped) {
		console.log(`skipped: ${result.skipped}`);
		continue;
	}
	console.table(result.rows);
	console.log(`${result.ok ? 'OK' : 'FAILED'}: ${result.summary}`);
	failed ||= !result.ok;
}
process.exit(failed ? 1 : 0);
