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
	const headers: Record<string, string> = {};
	const event = {
		params: { slug },
		url: new URL(`http://localhost/c/${slug}/auswertung${query}`),
		locals: {},
		getClientAddress: () => address,
		setHeaders: (h: Record<string, string>) => Object.assign(headers, h),
		cookies: {
			get: (name: string) => cookies.get(name),
			set: (name: string, value: string) => cookies.set(name, value),
			delete: (name: string) => cookies.delete(name)
		}
	} as unknown as RequestEvent<{ slug: string }>;
	return { event, headers, cookies };
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
		const { event, cookies, headers } = request(slug, `?key=${key}`);
		expect(await outcome(requireDashboard(event))).toBe(`redirect /c/${slug}/auswertung`);
		const session = cookies.get(`dashboard-${slug}`);
		expect(session).toBeTruthy();
		expect(headers['cache-control']).toBe('no-store');
		expect(await outcome(requireDashboard(request(slug, '', undefined, session).event))).toBe(
			'open'
		);
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
