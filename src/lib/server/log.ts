import type { Logger } from 'pino';
import { createLogger, throttled } from '../../../server/log.js';
import { config } from './config';

/**
 * The app's logger: the same JSON lines as the server wrapper's (`server/log.js`), at
 * `LOG_LEVEL`. Requests are logged by the wrapper, which sees every response (static files and
 * its own errors too); the app logs what only it knows: errors, with their stack, once.
 */
let instance: Logger | undefined;

export function logger(): Logger {
	return (instance ??= createLogger(config().LOG_LEVEL));
}

let limited: ReturnType<typeof throttled> | undefined;

/** At most one line a minute per kind of trouble (an outage must not log a line per request). */
export function logThrottled(...args: Parameters<ReturnType<typeof throttled>>): void {
	(limited ??= throttled(logger()))(...args);
}
