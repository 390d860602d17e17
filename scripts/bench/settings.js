// What the benchmark measures and against which targets, and the environment variables that
// adjust it. Read once at start; a variable that is set but wrong stops the run with one line.

/** 1 KB = 1,000 bytes throughout (the stricter reading of the targets). */
export const KB = 1000;

export const TARGETS = Object.freeze({
	landingBytes: 40 * KB,
	questionBytes: 40 * KB,
	resultsBytes: 120 * KB,
	lighthousePerformance: 95,
	lighthouseOthers: 100,
	sharesPerSecond: 1000,
	sharesP99Ms: 50,
	/** 50 connections on the dashboard of a campaign with `seededShares` shares. */
	dashboardP99Ms: 100,
	/** One consultant alone on the same dashboard. */
	dashboardOneConnectionP95Ms: 100,
	/** Counting a completion for the comparison costs less than this share of throughput. */
	completionsCountingCost: 0.1
});

/** The results page measured: seven Ja and one Nein (share code `smBBmeHx` for version 1). */
export const RESULT_ANSWERS = 'yyyyyyyn';

/** The pages measured for weight, Lighthouse and load; `resultCode` comes from the engine. */
export function pagesFor(resultCode) {
	return {
		landing: '/',
		question: '/quiz/3?a=yp',
		results: `/ergebnis/${resultCode}`
	};
}

/**
 * The run's settings from the environment:
 * BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50), BENCH_LH_RUNS (default 2, best
 * performance score of n runs), BENCH_SEQUENTIAL (default 200), BENCH_SKIP_BUILD=1 (reuse the
 * last build), BENCH_SNAPSHOT=0 (run the working tree instead of a frozen copy of the build),
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (a throw-away PostgreSQL database for the shares by
 * database; its tables are dropped). CHROMIUM_PATH is read by scripts/chromium-path.js.
 * @param {NodeJS.ProcessEnv} env
 */
export function readSettings(env = process.env) {
	const databaseUrl = env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL || undefined;
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
		throw new Error('BENCH_DATABASE_URL / TEST_DATABASE_URL must start with postgres://');
	}
	return Object.freeze({
		durationS: positiveInteger(env, 'BENCH_DURATION', 10),
		connections: positiveInteger(env, 'BENCH_CONNECTIONS', 50),
		lighthouseRuns: positiveInteger(env, 'BENCH_LH_RUNS', 2),
		sequentialRequests: positiveInteger(env, 'BENCH_SEQUENTIAL', 200),
		build: env.BENCH_SKIP_BUILD !== '1',
		snapshot: env.BENCH_SNAPSHOT !== '0',
		databaseUrl,
		/** Shares on the dashboard measured under load, stored through the app's addShares. */
		seededShares: 100_000,
		/** Shares sent over HTTP to the small campaign whose dashboard is weighed. */
		smallShares: 20,
		acceptEncoding: 'gzip, deflate, br'
	});
}

/** @typedef {ReturnType<typeof readSettings>} Settings */

function positiveInteger(env, name, fallback) {
	const value = env[name];
	if (value === undefined || value === '') return fallback;
	if (!/^[1-9]\d*$/.test(value))
		throw new Error(`${name} must be a positive integer, not "${value}"`);
	return Number(value);
}
