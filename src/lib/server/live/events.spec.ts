import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalBus, createPgBus, type LiveBus, type LiveListener } from './events';

/** Resolves with the next event a bus delivers that matches. */
function nextEvent(bus: LiveBus, match: (sessionId: string, event: string) => boolean, ms = 5000) {
	return new Promise<[string, string]>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('no event within the time')), ms);
		const stop = bus.subscribe(((sessionId, event) => {
			if (!match(sessionId, event)) return;
			clearTimeout(timer);
			stop();
			resolve([sessionId, event]);
		}) as LiveListener);
	});
}

describe('the in-process bus (SQLite)', () => {
	it('delivers what is published to every subscriber', async () => {
		const bus = createLocalBus();
		const got = nextEvent(bus, () => true);
		await bus.publish('s1', 'count');
		expect(await got).toEqual(['s1', 'count']);
	});
});

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('LISTEN/NOTIFY between instances (PostgreSQL)', () => {
	const cleanups: (() => Promise<void>)[] = [];
	afterEach(async () => {
		for (const cleanup of cleanups.splice(0)) await cleanup();
	});

	function instance(name: string) {
		const pool = new pg.Pool({ connectionString: url, max: 2 });
		pool.on('error', () => {});
		const logs: string[] = [];
		const bus = createPgBus(
			pool,
			{ connectionString: url, application_name: name },
			{ minDelayMs: 50, maxDelayMs: 200, log: (m) => logs.push(m) }
		);
		cleanups.push(async () => {
			await bus.close();
			await pool.end();
		});
		return { bus, pool, logs };
	}

	it('carries a change from one instance to another', async () => {
		const a = instance('smc-live-a');
		const b = instance('smc-live-b');
		await b.bus.ready();
		const got = nextEvent(b.bus, (s) => s === 'session-1');
		await a.bus.publish('session-1', 'state');
		expect(await got).toEqual(['session-1', 'state']);
	});

	it('reconnects by itself when the database drops its connection, and asks listeners to read again', async () => {
		const a = instance('smc-live-a2');
		const b = instance('smc-live-b2');
		await b.bus.ready();
		const resync = nextEvent(b.bus, (_s, e) => e === 'resync', 8000);
		// What a database restart does to the listening connection.
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		const { rowCount } = await admin.query(
			"select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'smc-live-b2'"
		);
		await admin.end();
		expect(rowCount).toBe(1);
		expect(await resync).toEqual(['*', 'resync']);
		expect(b.logs.join('\n')).toMatch(/lost the database connection/);
		const got = nextEvent(b.bus, (s) => s === 'session-2');
		await a.bus.publish('session-2', 'count');
		expect(await got).toEqual(['session-2', 'count']);
	});

	it('keeps trying while the database cannot be reached, without throwing', async () => {
		const pool = new pg.Pool({ connectionString: 'postgres://nobody:x@127.0.0.1:1/none', max: 1 });
		pool.on('error', () => {});
		const logs: string[] = [];
		const bus = createPgBus(
			pool,
			{ connectionString: 'postgres://nobody:x@127.0.0.1:1/none', connectionTimeoutMillis: 500 },
			{ minDelayMs: 20, maxDelayMs: 50, log: (m) => logs.push(m) }
		);
		bus.subscribe(() => {});
		await bus.publish('s', 'count'); // logged, not thrown
		await new Promise((r) => setTimeout(r, 300));
		await bus.close();
		await pool.end();
		expect(logs.some((l) => /cannot listen/.test(l))).toBe(true);
		expect(logs.some((l) => /could not notify/.test(l))).toBe(true);
	});
});
