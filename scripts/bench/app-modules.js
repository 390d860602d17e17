// The app's own TypeScript modules, for seeding and counting with exactly the code the server
// runs (migrations, addShares, shareStats, the scoring engine, the shipped quiz) instead of SQL
// of the benchmark's own.
import { join } from 'node:path';
import { createServer, isRunnableDevEnvironment } from 'vite';

const MODULES = {
	database: '/src/lib/server/db/database.ts',
	campaigns: '/src/lib/server/campaigns.ts',
	quiz: '/src/lib/quiz/index.ts',
	content: '/src/lib/content/index.ts'
};

/**
 * Loads the modules through Vite's module runner (TypeScript, `$lib` imports), with no config
 * file and no plugins: these modules need neither SvelteKit nor Svelte. Vite is closed again
 * before this returns; the loaded modules keep working without it.
 * @param {string} root the working tree
 * @returns {Promise<{
 *   database: typeof import('../../src/lib/server/db/database'),
 *   campaigns: typeof import('../../src/lib/server/campaigns'),
 *   quiz: typeof import('../../src/lib/quiz/index'),
 *   content: typeof import('../../src/lib/content/index')
 * }>}
 */
export async function loadAppModules(root) {
	const vite = await createServer({
		configFile: false,
		root,
		logLevel: 'error',
		resolve: { alias: { $lib: join(root, 'src', 'lib') } },
		appType: 'custom',
		server: { middlewareMode: true, watch: null, ws: false, hmr: false }
	});
	try {
		const ssr = vite.environments.ssr;
		if (!isRunnableDevEnvironment(ssr))
			throw new Error("Vite's SSR environment cannot run modules");
		const entries = await Promise.all(
			Object.entries(MODULES).map(async ([name, path]) => [name, await ssr.runner.import(path)])
		);
		return Object.fromEntries(entries);
	} finally {
		await vite.close();
	}
}

/** @typedef {Awaited<ReturnType<typeof loadAppModules>>} AppModules */
