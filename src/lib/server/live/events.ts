import { EventEmitter } from 'node:events';
import pg from 'pg';

/** `state`: the presenter moved the session on. `count`: someone joined or answered. */
export type LiveEvent = 'state' | 'count';

/**
 * `resync` (session `*`): events may have been missed (the database connection was lost and is
 * back), so every listener should read the state again.
 */
export type LiveListener = (sessionId: string, event: LiveEvent | 'resync') => void;

/**
 * How changes to a workshop reach every instance that has a presenter, projector or phone
 * listening: in process with SQLite (one instance), through PostgreSQL's LISTEN/NOTIFY when
 * several instances share one database.
 */
export interface LiveBus {
	publish(sessionId: string, event: LiveEvent): Promise<void>;
	subscribe(listener: LiveListener): () => void;
	/** Resolves once events are being received (at once for the in-process bus). */
	ready(): Promise<void>;
	close(): Promise<void>;
}

/** One instance (SQLite): an EventEmitter. */
export function createLocalBus(): LiveBus {
	const emitter = new EventEmitter();
	emitter.setMaxListeners(0);
	return {
		async publish(sessionId, event) {
			emitter.emit('event', sessionId, event);
		},
		subscribe(listener) {
			emitter.on('event', listener);
			return () => emitter.off('event', listener);
		},
		ready: async () => {},
		close: async () => {
			emitter.removeAllListeners();
		}
	};
}

export const PG_CHANNEL = 'smc_live';

interface PgBusOptions {
	/** First wait before reconnecting, doubled per failed attempt up to `maxDelayMs`. */
	minDelayMs?: number;
	maxDelayMs?: number;
	/** How often the listening connection is checked with a query (a silent network loss). */
	pingMs?: number;
	log?: (message: string) => void;
}

/**
 * Several instances (PostgreSQL): NOTIFY through the pool, LISTEN on a dedicated connection (a
 * pooled one would be handed to other queries). The listening connection reconnects on its own
 * with backoff when the database restarts or the network drops it, never crashing the process;
 * after a reconnect, listeners get `resync`, because notifications sent meanwhile are lost.
 */
export function createPgBus(
	pool: pg.Pool,
	clientConfig: pg.ClientConfig,
	options: PgBusOptions = {}
): LiveBus {
	const { minDelayMs = 250, maxDelayMs = 10_000, pingMs = 30_000 } = options;
	const log = options.log ?? ((message: string) => console.error(message));
	const emitter = new EventEmitter();
	emitter.setMaxListeners(0);

	let client: pg.Client | null = null;
	let everConnected = false;
	let attempts = 0;
	let stopped = false;
	let retryTimer: ReturnType<typeof setTimeout> | undefined;
	let pingTimer: ReturnType<typeof setInterval> | undefined;
	let markReady: () => void = () => {};
	let readyPromise = new Promise<void>((resolve) => (markReady = resolve));

	function onNotification(message: pg.Notification) {
		if (message.channel !== PG_CHANNEL || !message.payload) return;
		const [sessionId, event] = message.payload.split(':');
		if (sessionId && (event === 'state' || event === 'count')) {
			emitter.emit('event', sessionId, event);
		}
	}

	const dropped = new WeakSet<pg.Client>();

	function drop(lost: pg.Client, reason: string) {
		// 'error' and 'end' both arrive for one loss: handle it once.
		if (dropped.has(lost) || (client !== null && client !== lost)) return;
		dropped.add(lost);
		const wasConnected = client === lost;
		client = null;
		clearInterval(pingTimer);
		lost.removeListener('notification', onNotification);
		lost.end().catch(() => {});
		if (stopped) return;
		if (wasConnected) {
			log(`Workshop events: lost the database connection (${reason}); reconnecting`);
			readyPromise = new Promise<void>((resolve) => (markReady = resolve));
		} else if (attempts === 0) {
			log(`Workshop events: cannot listen (${reason}); trying again`);
		}
		const delay = Math.min(maxDelayMs, minDelayMs * 2 ** attempts) * (0.75 + Math.random() / 2);
		attempts += 1;
		clearTimeout(retryTimer);
		retryTimer = setTimeout(() => void connect(), delay);
		retryTimer.unref?.();
	}

	async function connect() {
		if (stopped || client) return;
		const next = new pg.Client({ ...clientConfig, keepAlive: true });
		// Errors on an idle connection arrive as events; unhandled they would end the process.
		next.on('error', (error) => drop(next, error.message));
		next.on('end', () => drop(next, 'connection ended'));
		next.on('notification', onNotification);
		try {
			await next.connect();
			await next.query(`LISTEN ${PG_CHANNEL}`);
		} catch (error) {
			drop(next, error instanceof Error ? error.message : String(error));
			return;
		}
		if (dropped.has(next) || stopped) {
			next.end().catch(() => {});
			return;
		}
		client = next;
		attempts = 0;
		const resync = everConnected;
		everConnected = true;
		clearInterval(pingTimer);
		pingTimer = setInterval(() => void ping(next), pingMs);
		pingTimer.unref?.();
		markReady();
		if (resync) {
			log('Workshop events: connected again');
			emitter.emit('event', '*', 'resync');
		}
	}

	async function ping(target: pg.Client) {
		const timeout = setTimeout(() => drop(target, 'no answer to a ping'), 10_000);
		try {
			await target.query('select 1');
		} catch (error) {
			drop(target, error instanceof Error ? error.message : String(error));
		} finally {
			clearTimeout(timeout);
		}
	}

	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		void connect();
	};

	return {
		async publish(sessionId, event) {
			try {
				await pool.query('select pg_notify($1, $2)', [PG_CHANNEL, `${sessionId}:${event}`]);
			} catch (error) {
				// The change itself is stored; listeners catch up on their next read or resync.
				log(`Workshop events: could not notify (${(error as Error).message})`);
			}
		},
		subscribe(listener) {
			start();
			emitter.on('event', listener);
			return () => emitter.off('event', listener);
		},
		ready() {
			start();
			return readyPromise;
		},
		async close() {
			stopped = true;
			clearTimeout(retryTimer);
			clearInterval(pingTimer);
			const current = client;
			client = null;
			emitter.removeAllListeners();
			if (current) {
				current.removeListener('notification', onNotification);
				await current.end().catch(() => {});
			}
		}
	};
}
