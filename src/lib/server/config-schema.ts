import { statSync } from 'node:fs';
import * as v from 'valibot';

/**
 * Every setting the app reads (this module has no SvelteKit imports, so scripts such as
 * `npm run stats` validate the environment with the same rules), validated once at start (the `init` hook). A value that is set
 * but wrong stops the start with one line naming the variable: a typo in `DATABASE_URL` must not
 * quietly fall back to SQLite and split the data across instances. An empty value counts as
 * not set. The server wrapper (`server/settings.js`) checks its own few settings the same way.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const positiveInteger = (fallback: number) =>
	v.optional(
		v.pipe(
			v.string(),
			v.regex(/^[1-9][0-9]{0,8}$/, 'must be a positive whole number'),
			v.transform(Number)
		),
		String(fallback)
	);

const wholeNumber = (fallback: number) =>
	v.optional(
		v.pipe(
			v.string(),
			v.regex(/^(0|[1-9][0-9]{0,8})$/, 'must be a whole number'),
			v.transform(Number)
		),
		String(fallback)
	);

const text = v.optional(v.pipe(v.string(), v.trim()));

/** A folder that exists when the app starts (read then, not later). */
const folder = v.optional(
	v.pipe(
		v.string(),
		v.check(
			(path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true,
			'must name an existing folder'
		)
	)
);

const Settings = v.object({
	DATA_DIR: v.optional(v.string(), 'data'),
	// Further quizzes, one file each (see the README's "Write your own quiz"); read at start.
	QUIZ_DIR: folder,
	DATABASE_URL: v.optional(
		v.pipe(
			v.string(),
			v.regex(/^postgres(ql)?:\/\/./, 'must start with postgres:// or postgresql://')
		)
	),
	DATABASE_POOL_SIZE: positiveInteger(10),
	RATE_LIMIT_CAMPAIGNS_PER_HOUR: positiveInteger(10),
	RATE_LIMIT_SHARES_PER_10_MIN: positiveInteger(60),
	RATE_LIMIT_KEY_FAILURES_PER_15_MIN: positiveInteger(10),
	READY_TIMEOUT_MS: positiveInteger(2000),
	// The comparison with everyone (comparison.ts reads them; checked here so a typo stops the start).
	BENCHMARK: v.optional(v.picklist(['on', 'off'], 'must be on or off'), 'on'),
	// 0 publishes every completion at once (for tests; never in production: see README).
	BENCHMARK_REFRESH_S: wholeNumber(3600),
	BENCHMARK_MIN_COUNT: positiveInteger(30),
	BENCHMARK_COMPLETIONS_PER_MINUTE: positiveInteger(5),
	LOG_LEVEL: v.optional(v.picklist(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`), 'info'),
	OPERATOR_NAME: text,
	OPERATOR_ADDRESS: text,
	OPERATOR_EMAIL: text,
	OPERATOR_PHONE: text,
	OPERATOR_REPRESENTATIVE: text,
	OPERATOR_REGISTER: text,
	OPERATOR_VAT_ID: text,
	OPERATOR_CONTENT_RESPONSIBLE: text
});

export type Config = v.InferOutput<typeof Settings>;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A setting that is set but wrong; the message is the one line printed before exit. */
export class ConfigError extends Error {
	override name = 'ConfigError';
}

/** Names whose values are secrets or may contain one: never echoed in a message. */
const SECRET = new Set(['DATABASE_URL']);

/**
 * Parses the settings from an environment (`process.env` shape). Throws a `ConfigError` whose
 * message names every wrong variable, e.g. `DATABASE_POOL_SIZE="ten" must be a positive whole number`.
 */
export function parseConfig(source: Record<string, string | undefined>): Config {
	const input: Record<string, string> = {};
	for (const key of Object.keys(Settings.entries)) {
		const value = source[key];
		if (value !== undefined && value.trim() !== '') input[key] = value;
	}
	const result = v.safeParse(Settings, input);
	if (result.success) return result.output;
	const problems = result.issues.map((issue) => {
		const key = String(issue.path?.[0]?.key ?? '?');
		const shown = SECRET.has(key) ? '' : `=${JSON.stringify(input[key])}`;
		return `${key}${shown} ${issue.message}`;
	});
	throw new ConfigError(`Invalid setting: ${problems.join('; ')}`);
}
