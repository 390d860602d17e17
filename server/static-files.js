// The files adapter-node serves from the build without passing through SvelteKit. They answer
// GET and HEAD only: anything else is refused before its body is read (a 100 MB POST to
// /favicon.svg would otherwise be read to the end).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @param {string} dir the build's `client` folder
 * @returns {(pathname: string) => boolean} whether a (decoded) URL path names one of its files
 */
export function staticFiles(dir) {
	/** @type {Set<string>} */
	const paths = new Set();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = relative(dir, join(entry.parentPath, entry.name));
		paths.add('/' + path.split(sep).join('/'));
	}
	return (pathname) => paths.has(pathname) || pathname.startsWith('/_app/');
}
