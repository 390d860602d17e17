import type { Kysely } from 'kysely';
import type { QuizContent } from '$lib/content';
import { quizById } from '../quizzes';
import type { LiveState } from '$lib/live/state';
import { getDb, getPgPool, type DB } from '../db';
import { createLocalBus, createPgBus, type LiveBus, type LiveEvent } from './events';
import { LiveHub } from './hub';
import { readState, sessionById, sweepExpired } from './sessions';

let bus: Promise<LiveBus> | undefined;
let hub: Promise<LiveHub> | undefined;

/** This process's event bus: LISTEN/NOTIFY on PostgreSQL, in-process with SQLite. */
function liveBus(): Promise<LiveBus> {
	bus ??= (async () => {
		const pool = await getPgPool();
		return pool ? createPgBus(pool, pool.options) : createLocalBus();
	})();
	return bus;
}

/** This process's event streams. */
export function liveHub(): Promise<LiveHub> {
	hub ??= (async () => {
		const created = new LiveHub(await liveBus());
		// On shutdown, end the streams so the server can close at once (it waits for open
		// connections); browsers reconnect. Only where the server already handles the signal
		// (server/index.js): a listener of our own would otherwise stop the default exit.
		const close = () => created.closeAll();
		for (const signal of ['SIGTERM', 'SIGINT'] as const) {
			if (process.listenerCount(signal) > 0) process.once(signal, close);
		}
		process.once('sveltekit:shutdown', close);
		return created;
	})();
	return hub;
}

/** Tells every instance's streams that a session changed (after the change is stored). */
export async function notifyLive(sessionId: string, event: LiveEvent): Promise<void> {
	await (await liveBus()).publish(sessionId, event);
}

/** Reads the session's current state for its streams. */
export function stateReader(db: Kysely<DB>, sessionId: string, quiz: QuizContent) {
	return async (): Promise<LiveState | null> => {
		const session = await sessionById(db, sessionId);
		return session ? readState(db, session, quiz) : null;
	};
}

let sweeping: ReturnType<typeof setInterval> | undefined;

/**
 * Ends sessions past their 12 hours once a minute (and once now), so answers per token never
 * outlive them even when nobody opens the workshop again. Safe on several instances at once.
 */
export function startLiveSweeps(everyMs = 60_000) {
	if (sweeping) return;
	const sweep = async () => {
		try {
			const db = await getDb();
			for (const id of await sweepExpired(db, quizById)) await notifyLive(id, 'state');
		} catch (error) {
			console.error(`Workshop sweep failed: ${(error as Error).message}`);
		}
	};
	void sweep();
	sweeping = setInterval(() => void sweep(), everyMs);
	sweeping.unref?.();
}
