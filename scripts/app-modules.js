// Loads the app's own TypeScript modules (database, queries, content, engine) into a script,
// through Vite's module runner, so scripts use exactly the code the server runs instead of
// copies of it. Only modules that need neither SvelteKit's runtime ($env, $app) nor Svelte
// load this way.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createServer, isRunnableDevEnvironment } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Loads modules by name. Vite is closed again before this returns; the loaded modules keep
 * working without it.
 * @template {Record<string, string>} T
 * @param {T} paths module paths from the project root, e.g. `{ database: '/src/lib/server/db/database.ts' }`
 * @param {string} [root] the working tree (default: this project)
 * @returns {Promise<{ [K in keyof T]: any }>}
 */
export async function loadAppModules(paths, root = projectRoot) {
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
			Object.entries(paths).map(async ([name, path]) => [name, await ssr.runner.import(path)])
		);
		return /** @type {any} */ (Object.fromEntries(entries));
	} finally {
		await vite.close();
	}
}
