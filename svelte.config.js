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
		// Scripts may only come from our own origin; Kit adds hashes for its inline bootstrap.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'base-uri': ['self'],
				'object-src': ['none'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
