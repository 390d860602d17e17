// The server wrapper's own settings, validated at start like the app's (src/lib/server/config.ts):
// a value that is set but wrong stops the start with one line naming it. An empty value counts
// as not set.
import * as v from 'valibot';
import { LOG_LEVELS } from './log.js';

const wholeNumber = (/** @type {number} */ fallback, min = 1) =>
	v.optional(
		v.pipe(
			v.string(),
			v.regex(
				min === 0 ? /^[0-9]{1,10}$/ : /^[1-9][0-9]{0,8}$/,
				min === 0 ? 'must be a whole number (0 or more)' : 'must be a positive whole number'
			),
			v.transform(Number)
		),
		String(fallback)
	);

const headerName = v.optional(
	v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name'), v.toLowerCase())
);

const Settings = v.pipe(
	v.object({
		PORT: v.optional(
			v.pipe(
				v.string(),
				v.regex(/^[0-9]{1,5}$/, 'must be a port number'),
				v.transform(Number),
				v.maxValue(65535, 'must be a port number')
			),
			'3000'
		),
		HOST: v.optional(v.string(), '0.0.0.0'),
		ORIGIN: v.optional(
			v.pipe(
				v.string(),
				v.regex(
					/^https?:\/\/[^/?#\s]+$/,
					'must be http:// or https:// with a host name and no path, e.g. https://check.example.de'
				)
			)
		),
		PROTOCOL_HEADER: headerName,
		HOST_HEADER: headerName,
		ADDRESS_HEADER: headerName,
		XFF_DEPTH: wholeNumber(1),
		BODY_SIZE_LIMIT: v.optional(
			v.pipe(
				v.string(),
				v.regex(/^([0-9]+[KMG]?|Infinity)$/i, 'must be a size such as 32K, 1M or a number of bytes')
			),
			'32K'
		),
		HSTS_MAX_AGE: wholeNumber(31536000, 0),
		SHUTDOWN_TIMEOUT: wholeNumber(10),
		HEADERS_TIMEOUT: wholeNumber(10),
		REQUEST_TIMEOUT: wholeNumber(30),
		KEEP_ALIVE_TIMEOUT: wholeNumber(5),
		LOG_LEVEL: v.optional(v.picklist(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`), 'info')
	}),
	v.check(
		(s) => s.REQUEST_TIMEOUT >= s.HEADERS_TIMEOUT,
		'REQUEST_TIMEOUT must be at least HEADERS_TIMEOUT (the headers are part of the request)'
	)
);

/** @typedef {v.InferOutput<typeof Settings>} ServerSettings */

/**
 * @param {Record<string, string | undefined>} env
 * @returns {ServerSettings}
 * @throws {Error} one line naming every wrong variable
 */
export function parseServerSettings(env) {
	/** @type {Record<string, string>} */
	const input = {};
	for (const key of Object.keys(Settings.pipe[0].entries)) {
		const value = env[key];
		if (value !== undefined && value.trim() !== '') input[key] = value.trim();
	}
	const result = v.safeParse(Settings, input);
	if (result.success) return result.output;
	const problems = result.issues.map((issue) => {
		const key = issue.path?.[0]?.key;
		return key
			? `${String(key)}=${JSON.stringify(input[String(key)])} ${issue.message}`
			: issue.message;
	});
	throw new Error(`Invalid setting: ${problems.join('; ')}`);
}
