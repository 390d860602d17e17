// The app's own TypeScript modules, for seeding and counting with exactly the code the server
// runs (migrations, addShares, shareStats, the scoring engine, the shipped quiz) instead of SQL
// of the benchmark's own.
import { loadAppModules as load } from '../app-modules.js';

const MODULES = {
	database: '/src/lib/server/db/database.ts',
	campaigns: '/src/lib/server/campaigns.ts',
	comparison: '/src/lib/server/comparison.ts',
	quiz: '/src/lib/quiz/index.ts',
	content: '/src/lib/content/index.ts'
};

/**
 * The modules the benchmark seeds and counts with.
 * @param {string} root the working tree
 * @returns {Promise<{
 *   database: typeof import('../../src/lib/server/db/database'),
 *   campaigns: typeof import('../../src/lib/server/campaigns'),
 *   comparison: typeof import('../../src/lib/server/comparison'),
 *   quiz: typeof import('../../src/lib/quiz/index'),
 *   content: typeof import('../../src/lib/content/index')
 * }>}
 */
export function loadAppModules(root) {
	return load(MODULES, root);
}

/** @typedef {Awaited<ReturnType<typeof loadAppModules>>} AppModules */
