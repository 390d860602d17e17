import { describe, expect, it } from 'vitest';
import type { LiveState } from '$lib/live/state';
import { createLocalBus } from './events';
import { LiveHub } from './hub';

const state = (version: number, answered = 0): LiveState => ({
	version,
	status: 'open',
	question: 0,
	round: 1,
	joined: 3,
	answered,
	rounds: null,
	summary: null
});

/** Reads an event stream's messages as they arrive. */
function listen(response: Response) {
	const reader = (response.body as ReadableStream<Uint8Array>).getReader();
	const decoder = new TextDecoder();
	const messages: string[] = [];
	let buffer = '';
	const done = (async () => {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return;
			buffer += decoder.decode(value, { stream: true });
			const parts = buffer.split('\n\n');
			buffer = parts.pop() ?? '';
			messages.push(...parts);
		}
	})();
	const states = () =>
		messages.filter((m) => m.startsWith('data: ')).map((m) => JSON.parse(m.slice(6)) as LiveState);
	return { reader, messages, states, done };
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

describe('workshop event streams', () => {
	it('start with the state, then follow changes; phones skip the counts', async () => {
		const bus = createLocalBus();
		const hub = new LiveHub(bus);
		let current = state(1);
		const read = async () => current;
		const presenter = hub.stream('s1', read, { counts: true });
		const phone = hub.stream('s1', read, { counts: false });
		expect(presenter.headers.get('content-type')).toMatch(/^text\/event-stream/);
		expect(presenter.headers.get('cache-control')).toBe('no-cache, no-transform');
		const p = listen(presenter);
		const f = listen(phone);
		await tick();
		expect(p.messages[0]).toBe('retry: 2000');
		expect(p.states()).toEqual([state(1)]);
		expect(f.states()).toEqual([state(1)]);

		current = state(1, 1);
		await bus.publish('s1', 'count');
		await tick();
		expect(p.states().at(-1)).toEqual(state(1, 1));
		expect(f.states()).toHaveLength(1);

		current = state(2, 0);
		await bus.publish('s1', 'state');
		await tick();
		expect(p.states().at(-1)).toEqual(state(2));
		expect(f.states().at(-1)).toEqual(state(2));

		// Another session's change reaches nobody here.
		await bus.publish('s2', 'state');
		await tick();
		expect(p.states()).toHaveLength(3);
		hub.closeAll();
	});

	it('folds a burst of answers into a few reads', async () => {
		const bus = createLocalBus();
		const hub = new LiveHub(bus);
		let reads = 0;
		let answered = 0;
		const read = async () => {
			reads += 1;
			await tick(10);
			return state(1, answered);
		};
		const p = listen(hub.stream('s1', read, { counts: true }));
		await tick(50);
		reads = 0;
		for (let i = 0; i < 100; i++) {
			answered += 1;
			await bus.publish('s1', 'count');
		}
		await tick(100);
		expect(reads).toBeLessThanOrEqual(3);
		expect(p.states().at(-1)?.answered).toBe(100);
		hub.closeAll();
	});

	it('sends a heartbeat, forgets closed streams, and drops a client that stops reading', async () => {
		const bus = createLocalBus();
		const hub = new LiveHub(bus, { heartbeatMs: 20, maxQueued: 5 });
		const read = async () => state(1);
		const p = listen(hub.stream('s1', read, { counts: true }));
		await tick(70);
		expect(p.messages).toContain(': ping');
		expect(hub.size).toBe(1);
		await p.reader.cancel();
		await tick();
		expect(hub.size).toBe(0);

		// Never read: after a handful of messages it is let go (its browser reconnects).
		hub.stream('s2', read, { counts: true });
		await tick(300);
		expect(hub.size).toBe(0);
		hub.closeAll();
	});
});
