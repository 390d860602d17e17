import { existsSync } from 'node:fs';

/** Debian's Chromium, or whatever CHROMIUM_PATH names. Returns undefined when there is none. */
export function chromiumPath() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path));
}

/**
 * Flags for headless Chromium here: no sandbox (CI runs as root), no GPU, and no background
 * connections (the machine has no internet; they would only fail and slow the start).
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic'
];
