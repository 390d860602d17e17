// One JSON object per line on stdout, for the server wrapper and the app alike (the app's
// `$lib/server/log.ts` builds its logger here too, so both write the same shape):
// {"level":"info","time":"2026-…Z","msg":"request","reqId":"…","method":"GET","route":"/c/[slug]",…}
import pino from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Dashboard keys and session ids must never reach a log, not even inside an error message. */
const SECRET_PARAMS = /([?&](?:key|token)=)[^&#\s"']+/gi;

/** @param {unknown} text */
export function scrub(text) {
	return typeof text === 'string' ? text.replace(SECRET_PARAMS, '$1[redacted]') : text;
}

/**
 * pino's error serializer (message, stack, code, cause), minus what may carry a URL: Node's
 * URL errors keep the offending input in `input`.
 * @param {unknown} error
 */
function serializeError(error) {
	const serialized = pino.stdSerializers.err(/** @type {Error} */ (error));
	if (!serialized || typeof serialized !== 'object') return serialized;
	const rest = { .../** @type {Record<string, unknown>} */ (serialized) };
	delete rest.input;
	return { ...rest, message: scrub(rest.message), stack: scrub(rest.stack) };
}

/**
 * @param {string} [level] one of LOG_LEVELS (validated by the settings before it gets here)
 * @param {import('pino').DestinationStream} [destination] stdout unless given (tests)
 */
export function createLogger(level = 'info', destination) {
	return pino(
		{
			level,
			// No pid or host name: one process per unit, and the host is the log shipper's business.
			base: undefined,
			timestamp: pino.stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) },
			serializers: { err: serializeError },
			hooks: {
				// Messages are ours, but some quote library errors: scrub them as well.
				logMethod(args, method) {
					method.apply(
						this,
						/** @type {Parameters<typeof method>} */ (args.map((arg) => scrub(arg)))
					);
				}
			}
		},
		destination ?? pino.destination({ dest: 1, sync: true })
	);
}

/**
 * At most one line per `key` and `intervalMs`: an outage under load must not write a line per
 * request. The next line after a quiet spell says how many were left out.
 * @param {import('pino').Logger} log
 */
export function throttled(log, intervalMs = 60_000) {
	/** @type {Map<string, { until: number; skipped: number }>} */
	const state = new Map();
	/**
	 * @param {string} key
	 * @param {'fatal' | 'error' | 'warn' | 'info'} level
	 * @param {Record<string, unknown>} fields
	 * @param {string} msg
	 */
	return (key, level, fields, msg) => {
		const now = Date.now();
		const entry = state.get(key);
		if (entry && now < entry.until) {
			entry.skipped++;
			return;
		}
		const skipped = entry?.skipped ?? 0;
		state.set(key, { until: now + intervalMs, skipped: 0 });
		log[level](skipped ? { ...fields, skipped } : fields, msg);
	};
}
