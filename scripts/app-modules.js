// Loads the app's own TypeScript modules (database, queries, content) into a script, through
// Vite's SSR module loading, so operator scripts use the same code as the app instead of copies.
// Only modules that do not need SvelteKit's runtime ($env, $app) can be loaded this way.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {string[]} paths project-relative module paths
 * @returns {Promise<{ modules: any[], close: () => Promise<void> }>}
 */
export async function loadAppModules(paths) {
	const vite = await createServer({
		root,
		configFile: false,
		logLevel: 'error',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, watch: null },
		resolve: { alias: { $lib: `${root}src/lib` } },
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	try {
		const modules = [];
		for (const path of paths) modules.push(await vite.ssrLoadModule(`/${path}`));
		return { modules, close: () => vite.close() };
	} catch (error) {
		await vite.close();
		throw error;
	}
}
