import type { LiveState } from '$lib/live/state';
import type { LiveBus, LiveEvent } from './events';

/** Reads a session's current state from the database; null once the session is gone. */
export type StateReader = () => Promise<LiveState | null>;

interface Client {
	/** Presenter and projector follow every count; phones only the presenter's steps. */
	counts: boolean;
	/** True once the client has been sent a state. */
	primed: boolean;
	send(text: string): void;
	sendState(message: string): void;
	end(): void;
}

/**
 * The open event streams of one session on this instance. One database read per change serves
 * all of them, and reads never overlap: changes that arrive during a read are folded into one
 * more read after it, so a burst of answers costs a few reads, not one per answer and stream.
 */
class Channel {
	readonly clients = new Set<Client>();
	last: LiveState | null = null;
	private reading: Promise<void> | null = null;
	private dirty = false;

	constructor(private read: StateReader) {}

	refresh(): Promise<void> {
		if (this.reading) {
			this.dirty = true;
			return this.reading;
		}
		this.reading = (async () => {
			do {
				this.dirty = false;
				try {
					const state = await this.read();
					if (state) this.broadcast(state);
				} catch (error) {
					// The database is away; the next event or resync reads again.
					console.error(`Workshop stream: reading the state failed (${(error as Error).message})`);
				}
			} while (this.dirty);
		})().finally(() => {
			this.reading = null;
		});
		return this.reading;
	}

	private broadcast(state: LiveState) {
		const previous = this.last;
		this.last = state;
		const moved = !previous || previous.version !== state.version;
		const counted =
			moved || previous.joined !== state.joined || previous.answered !== state.answered;
		const message = frame(state);
		for (const client of this.clients) {
			if (moved || !client.primed || (counted && client.counts)) client.sendState(message);
		}
	}
}

const frame = (state: LiveState) => `data: ${JSON.stringify(state)}\n\n`;

export interface HubOptions {
	/** A comment line this often keeps proxies from closing a quiet stream. */
	heartbeatMs?: number;
	/** A client that stops reading is dropped after this many unsent messages (it reconnects). */
	maxQueued?: number;
	/** How long a new stream waits for the event bus before it reads the state anyway. */
	readyTimeoutMs?: number;
}

/**
 * Server-Sent Events for workshops: each stream starts with the current state and then gets a
 * message whenever it changes, from this instance or (through the bus) any other. The browser's
 * EventSource reconnects on its own; the first message after a reconnect is the state again.
 */
export class LiveHub {
	private channels = new Map<string, Channel>();
	private heartbeat: ReturnType<typeof setInterval> | undefined;
	private unsubscribe: (() => void) | undefined;
	private readonly encoder = new TextEncoder();
	private readonly heartbeatMs: number;
	private readonly maxQueued: number;
	private readonly readyTimeoutMs: number;

	constructor(
		private bus: LiveBus,
		options: HubOptions = {}
	) {
		this.heartbeatMs = options.heartbeatMs ?? 15_000;
		this.maxQueued = options.maxQueued ?? 256;
		this.readyTimeoutMs = options.readyTimeoutMs ?? 3000;
	}

	/** Open streams on this instance. */
	get size(): number {
		let n = 0;
		for (const channel of this.channels.values()) n += channel.clients.size;
		return n;
	}

	private onEvent = (sessionId: string, event: LiveEvent | 'resync') => {
		if (event === 'resync') {
			for (const channel of this.channels.values()) void channel.refresh();
			return;
		}
		void this.channels.get(sessionId)?.refresh();
	};

	/** The response for `GET …/events`: an event stream of this session's state. */
	stream(sessionId: string, read: StateReader, options: { counts: boolean }): Response {
		let client: Client | undefined;
		const body = new ReadableStream<Uint8Array>({
			start: (controller) => {
				let open = true;
				client = {
					counts: options.counts,
					primed: false,
					send: (text) => {
						if (!open) return;
						if ((controller.desiredSize ?? 0) < -this.maxQueued) {
							client?.end();
							return;
						}
						controller.enqueue(this.encoder.encode(text));
					},
					sendState: (message) => {
						(client as Client).primed = true;
						client?.send(message);
					},
					end: () => {
						if (!open) return;
						open = false;
						this.remove(sessionId, client as Client);
						try {
							controller.close();
						} catch {
							// already closed by the other side
						}
					}
				};
				// Reconnect after 2 s when the connection drops (EventSource's default is 3 s).
				client.send('retry: 2000\n\n');
				void this.add(sessionId, read, client);
			},
			cancel: () => {
				if (client) this.remove(sessionId, client);
			}
		});
		return new Response(body, {
			headers: {
				'content-type': 'text/event-stream; charset=utf-8',
				// no-transform: the compression middleware leaves the stream alone, so every
				// message leaves at once instead of waiting in a gzip buffer.
				'cache-control': 'no-cache, no-transform',
				// nginx and some other proxies buffer unless told not to.
				'x-accel-buffering': 'no'
			}
		});
	}

	private async add(sessionId: string, read: StateReader, client: Client) {
		this.unsubscribe ??= this.bus.subscribe(this.onEvent);
		let channel = this.channels.get(sessionId);
		const fresh = !channel;
		if (!channel) {
			channel = new Channel(read);
			this.channels.set(sessionId, channel);
		}
		channel.clients.add(client);
		this.startHeartbeat();
		if (channel.last) {
			client.sendState(frame(channel.last));
			return;
		}
		if (fresh) {
			// Listen first, then read: a change between the two is not missed.
			await Promise.race([
				this.bus.ready(),
				new Promise((resolve) => setTimeout(resolve, this.readyTimeoutMs).unref?.())
			]);
		}
		// Sends the state to every client that has none yet (this one included).
		await channel.refresh();
	}

	private remove(sessionId: string, client: Client) {
		const channel = this.channels.get(sessionId);
		if (!channel) return;
		channel.clients.delete(client);
		if (channel.clients.size === 0) this.channels.delete(sessionId);
		if (this.channels.size === 0) this.stopHeartbeat();
	}

	private startHeartbeat() {
		if (this.heartbeat) return;
		this.heartbeat = setInterval(() => {
			for (const channel of this.channels.values()) {
				for (const client of channel.clients) client.send(': ping\n\n');
			}
		}, this.heartbeatMs);
		this.heartbeat.unref?.();
	}

	private stopHeartbeat() {
		clearInterval(this.heartbeat);
		this.heartbeat = undefined;
	}

	/** Ends every stream (on shutdown: clients reconnect, to this instance when it is back or another). */
	closeAll() {
		for (const channel of [...this.channels.values()]) {
			for (const client of [...channel.clients]) client.end();
		}
		this.stopHeartbeat();
	}
}
