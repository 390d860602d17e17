import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig(({ isSsrBuild }) => ({
	build: isSsrBuild
		? {}
		: {
				rollupOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'chart', test: /node_modules[\\/](chart\.js|@kurkle)/, priority: 2 },
								{
									name: 'framework',
									// Kit's form helper (enhance) is left to the pages that use it. The product's
									// name is the one message the root layout and the error page (loaded on every
									// page) share: on its own it would be a chunk and a request of its own.
									test: (id) =>
										/node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|[\\/]src[\\/]lib[\\/]paraglide[\\/](runtime|messages[\\/]app_name)|vite[\\/]preload-helper/.test(
											id
										) && !/runtime[\\/]app[\\/]forms/.test(id),
									priority: 1,
									tags: ['$initial']
								}
							]
						}
					}
				}
			},
	plugins: [
		sveltekit(),
		// Tests use the messages compiled by `npm run prepare`; the plugin's watcher would keep Vitest alive.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				// German has no prefix, English lives under /en: a shared link keeps its language.
				strategy: ['url', 'baseLocale']
			})
	],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					setupFiles: ['./vitest-setup-client.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					// server/: the production server wrapper around adapter-node (plain JavaScript).
					include: ['src/**/*.{test,spec}.{js,ts}', 'server/**/*.spec.js'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			}
		]
	}
}));
