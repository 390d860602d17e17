import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { discloseVersion: false },
	kit: {
		// The server resolves routes: the client ships no route manifest (smaller first load).
		router: { resolution: 'server' },
		inlineStyleThreshold: 5000,
		adapter: adapter({ precompress: true }),
		// The origin check is done by the `sameOriginForms` hook (src/hooks.server.ts), with the same
		// rule, so that a refused form gets the app's own page in its language instead of Kit's
		// bare English line. '*' is Kit's documented way to switch its own check off.
		csrf: { trustedOrigins: ['*'] },
		// Scripts may only come from our own origin; Kit adds hashes for its inline bootstrap.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				// Fonts and connections (fetch, event streams) fall back to default-src 'self'.
				'form-action': ['self'],
				'base-uri': ['self'],
				'object-src': ['none'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
