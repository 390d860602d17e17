// `npm start`: serve the production build, building first when it is missing or older than
// the sources, so `npm ci && npm start` works on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const buildEntry = join(root, 'build', 'handler.js');
const serverEntry = join(root, 'server', 'index.js');
const sources = [
	'src',
	'static',
	'messages',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

/** Newest modification time below a path (files only). */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let max = 0;
	for (const entry of readdirSync(path)) {
		if (entry === 'paraglide') continue; // generated
		max = Math.max(max, newest(join(path, entry)));
	}
	return max;
}

const builtAt = existsSync(buildEntry) ? statSync(buildEntry).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map((s) => newest(join(root, s))));
if (builtAt < sourcesAt) {
	// On stderr, build output included: stdout carries only the server's JSON log lines.
	console.error(
		builtAt ? 'Sources changed since the last build; building…' : 'No build yet; building…'
	);
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: [0, 2, 2] });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

// The server validates its settings and applies the defaults (server/settings.js).
await import(serverEntry);
