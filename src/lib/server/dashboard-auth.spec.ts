import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCampaign } from './campaigns';
import type { DB } from './db/schema';
import { createTestDb } from './db/test-db';

let testDb: Awaited<ReturnType<typeof createTestDb>>;
vi.mock('./db', () => ({
	getDb: async () => testDb.db as Kysely<DB>,
	getPgPool: async () => undefined
}));

const { requireDashboard } = await import('./dashboard-auth');
const { storedKeys } = await import('./rate-limit');

/** The parts of a request the dashboard check reads and writes. */
function request(slug: string, query = '', address = '203.0.113.7', cookie?: string) {
	const cookies = new Map<string, string>(cookie ? [[`dashboard-${slug}`, cookie]] : []);
	const cookieOptions = new Map<string, Record<string, unknown>>();
	const headers: Record<string, string> = {};
	const event = {
		params: { slug },
		url: new URL(`http://localhost/c/${slug}/auswertung${query}`),
		locals: {},
		getClientAddress: () => address,
		setHeaders: (h: Record<string, string>) => Object.assign(headers, h),
		cookies: {
			get: (name: string) => cookies.get(name),
			set: (name: string, value: string, options: Record<string, unknown>) => {
				cookies.set(name, value);
				cookieOptions.set(name, options);
			},
			delete: (name: string) => cookies.delete(name)
		}
	} as unknown as RequestEvent<{ slug: string }>;
	return { event, headers, cookies, cookieOptions };
}

async function outcome(promise: Promise<unknown>) {
	try {
		await promise;
		return 'open';
	} catch (e) {
		if (isRedirect(e)) return `redirect ${e.location}`;
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

/** The error a refused request gets: its status and what the page says. */
async function refusal(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, body: e.body };
		throw e;
	}
	throw new Error('not refused');
}

describe('requireDashboard', () => {
	let slug: string;
	let key: string;
	beforeAll(async () => {
		testDb = await createTestDb('sqlite');
		({ slug, key } = await createCampaign(testDb.db, {
			quizId: 'social-media',
			name: 'Anna Beispiel',
			welcome: null,
			contactUrl: null,
			accent: null
		}));
	});
	afterAll(() => testDb.cleanup());

	it('turns the secret link into a session cookie and a redirect to the clean URL', async () => {
		const { event, cookies, headers, cookieOptions } = request(slug, `?key=${key}`);
		expect(await outcome(requireDashboard(event))).toBe(`redirect /c/${slug}/auswertung`);
		const session = cookies.get(`dashboard-${slug}`);
		expect(session).toBeTruthy();
		expect(headers['cache-control']).toBe('no-store');
		// The address holds the key: no Referer at all from this answer.
		expect(headers['referrer-policy']).toBe('no-referrer');
		// Lax: a secret link clicked in webmail redirects from another site, and Strict would keep
		// the cookie off the request after the redirect. httpOnly all the same.
		expect(cookieOptions.get(`dashboard-${slug}`)).toMatchObject({
			sameSite: 'lax',
			httpOnly: true,
			path: '/'
		});
		const signedIn = request(slug, '', undefined, session);
		expect(await outcome(requireDashboard(signedIn.event))).toBe('open');
		// Dashboard pages hold forms: same-origin keeps their Origin header (no-referrer sends null).
		expect(signedIn.headers['referrer-policy']).toBe('same-origin');
	});

	it('tells a consultant whose session ended what to do, the same for any campaign', async () => {
		const ended = await refusal(requireDashboard(request(slug).event));
		expect(ended.status).toBe(404);
		expect(ended.body.message).toMatch(/Öffne den privaten Link aus deiner E-Mail .*erneut/);
		expect(ended.body.heading).not.toMatch(/gibt es nicht/);
		// Unknown campaign, wrong key, forged cookie: the very same answer.
		for (const other of [
			request('nobody-abc123').event,
			request('nobody-abc123', '', undefined, 'forged').event,
			request(slug, '?key=wrong', '198.51.100.9').event,
			request('nobody-abc123', `?key=${key}`, '198.51.100.9').event
		]) {
			expect(await refusal(requireDashboard(other))).toEqual(ended);
		}
	});

	it('answers a wrong key, an unknown campaign and a missing session with the same 404', async () => {
		expect(await outcome(requireDashboard(request(slug, '?key=wrong', '198.51.100.1').event))).toBe(
			404
		);
		expect(
			await outcome(requireDashboard(request('nobody-abc123', `?key=${key}`, '198.51.100.2').event))
		).toBe(404);
		expect(await outcome(requireDashboard(request(slug).event))).toBe(404);
		expect(await outcome(requireDashboard(request(slug, '', undefined, 'forged').event))).toBe(404);
	});

	it('stops an address after too many wrong keys: 429, for real and unknown campaigns alike', async () => {
		const results = [];
		for (let i = 0; i < 12; i++) {
			results.push(await outcome(requireDashboard(request(slug, '?key=x', '198.51.100.3').event)));
		}
		expect(results.slice(0, 10)).toEqual(Array(10).fill(404));
		expect(results.slice(10)).toEqual([429, 429]);
		expect(
			await outcome(requireDashboard(request('nobody-abc123', '?key=x', '198.51.100.3').event))
		).toBe(429);
		// Another address is not affected.
		expect(await outcome(requireDashboard(request(slug, '?key=x', '198.51.100.4').event))).toBe(
			404
		);
	});

	it('keeps the limiter bounded: 100,000 wrong keys for random slugs add one entry per address', async () => {
		const before = (await storedKeys('keys')) as number;
		const statuses = new Set<number | string>();
		for (let i = 0; i < 100_000; i++) {
			const random = Math.random().toString(36).slice(2, 12);
			statuses.add(await outcome(requireDashboard(request(random, '?key=x', '192.0.2.99').event)));
		}
		expect(statuses).toEqual(new Set([404, 429]));
		expect(await storedKeys('keys')).toBe(before + 1);
	}, 60_000);
});
