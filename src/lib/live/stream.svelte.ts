import type { LiveState } from './state';

/**
 * Follows a workshop's event stream (Server-Sent Events) while the component lives. The
 * browser's EventSource reconnects on its own after a dropped connection; when it gives up (the
 * server answered with an error, e.g. while restarting), this tries again with a growing pause
 * and at once when the page becomes visible again. Every (re)connection starts with the full
 * state, so nothing missed in between is lost.
 */
export function followLive(url: () => string) {
	let state: LiveState | null = $state(null);
	let connected = $state(false);

	$effect(() => {
		const target = url();
		let source: EventSource | undefined;
		let retry: ReturnType<typeof setTimeout> | undefined;
		let pause = 2000;
		let stopped = false;

		const open = () => {
			clearTimeout(retry);
			source?.close();
			source = new EventSource(target);
			source.onopen = () => {
				connected = true;
				pause = 2000;
			};
			source.onmessage = (event) => {
				try {
					state = JSON.parse(event.data) as LiveState;
				} catch {
					// a damaged message: the next one carries the whole state again
				}
			};
			source.onerror = () => {
				connected = false;
				if (source?.readyState === EventSource.CLOSED && !stopped) {
					retry = setTimeout(open, pause);
					pause = Math.min(pause * 2, 30_000);
				}
			};
		};
		const onVisible = () => {
			if (document.visibilityState === 'visible' && source?.readyState === EventSource.CLOSED) {
				open();
			}
		};

		open();
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			stopped = true;
			clearTimeout(retry);
			source?.close();
			document.removeEventListener('visibilitychange', onVisible);
		};
	});

	return {
		get state() {
			return state;
		},
		get connected() {
			return connected;
		}
	};
}
