import { existsSync } from 'node:fs';

/** Debian's Chromium, or whatever CHROMIUM_PATH names. Returns undefined when there is none. */
export function chromiumPath() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path));
}
