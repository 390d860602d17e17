import { performance } from 'node:perf_hooks';

/** Progress on stderr (the table goes to stdout), with the seconds since the run started. */
export function log(message) {
	const seconds = (performance.now() / 1000).toFixed(1).padStart(6);
	console.error(`[bench ${seconds}s] ${message}`);
}
