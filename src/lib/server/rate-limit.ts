import type { RequestEvent } from '@sveltejs/kit';
import {
	RateLimiterMemory,
	RateLimiterPostgres,
	RateLimiterRes,
	type RateLimiterAbstract
} from 'rate-limiter-flexible';
import { config } from './config';
import { getPgPool } from './db';
import { tooManyRequests } from './errors';

/**
 * Abuse limits per client address, counted by rate-limiter-flexible: in memory on SQLite (one
 * instance), in the database on PostgreSQL, so several instances share one count. The number of
 * points comes from the settings (defaults suit one consultant's workshop behind one office
 * router); the window is fixed.
 */
const LIMITS = {
	/** New campaigns per hour. */
	campaigns: { setting: 'RATE_LIMIT_CAMPAIGNS_PER_HOUR', duration: 3600 },
	/** Shared results per 10 minutes (a workshop room shares from one address). */
	shares: { setting: 'RATE_LIMIT_SHARES_PER_10_MIN', duration: 600 },
	/** Wrong dashboard keys per 15 minutes, per campaign. */
	keys: { setting: 'RATE_LIMIT_KEY_FAILURES_PER_15_MIN', duration: 900 }
} as const;

export type LimitKind = keyof typeof LIMITS;

const limiters = new Map<LimitKind, Promise<RateLimiterAbstract>>();

function limiter(kind: LimitKind): Promise<RateLimiterAbstract> {
	let l = limiters.get(kind);
	if (!l) {
		const spec = LIMITS[kind];
		const options = {
			keyPrefix: kind,
			points: config()[spec.setting],
			duration: spec.duration
		};
		l = getPgPool().then(
			(pool) =>
				new Promise<RateLimiterAbstract>((resolve, reject) => {
					if (!pool) return resolve(new RateLimiterMemory(options));
					const pgLimiter: RateLimiterAbstract = new RateLimiterPostgres(
						{
							...options,
							storeClient: pool,
							tableName: 'rate_limits',
							clearExpiredByTimeout: true
						},
						(error?: Error) => (error ? reject(error) : resolve(pgLimiter))
					);
				})
		);
		l.catch(() => limiters.delete(kind));
		limiters.set(kind, l);
	}
	return l;
}

function tooMany(event: RequestEvent, res: RateLimiterRes): never {
	event.setHeaders({ 'retry-after': String(Math.max(1, Math.ceil(res.msBeforeNext / 1000))) });
	tooManyRequests();
}

/** Counts one request; past the limit, answers 429 with Retry-After. */
export async function consume(event: RequestEvent, kind: LimitKind): Promise<void> {
	try {
		await (await limiter(kind)).consume(event.getClientAddress());
	} catch (res) {
		if (res instanceof RateLimiterRes) tooMany(event, res);
		throw res;
	}
}

/**
 * For limits that count failures only: 429 when the address has used them up already. `scope`
 * narrows the count (wrong keys are counted per campaign).
 */
export async function ensureNotBlocked(
	event: RequestEvent,
	kind: LimitKind,
	scope = ''
): Promise<void> {
	const l = await limiter(kind);
	const res = await l.get(`${event.getClientAddress()}|${scope}`);
	const points = l.points;
	if (res && res.consumedPoints >= points) tooMany(event, res);
}

/** Counts one failure (a wrong key). */
export async function recordFailure(
	event: RequestEvent,
	kind: LimitKind,
	scope = ''
): Promise<void> {
	await (await limiter(kind)).consume(`${event.getClientAddress()}|${scope}`).catch(() => {});
}

/**
 * How many keys a limiter holds in memory (undefined for the PostgreSQL store, whose rows expire
 * in the table): the store must stay bounded whatever clients send. For tests and fault checks.
 */
export async function storedKeys(kind: LimitKind): Promise<number | undefined> {
	const store = (await limiter(kind)) as { _memoryStorage?: { _storage?: Map<string, unknown> } };
	return store._memoryStorage?._storage?.size;
}
