import { afterEach, describe, expect, it, vi } from 'vitest';
import { heightTargets, postHeight } from './frame-height';

const ALLOWED = ['https://berater.example', 'https://www.anna-beispiel.de'];

/** A frame whose parent records what it receives, and a ResizeObserver the test can trigger. */
function frame(ancestorOrigins?: string[]) {
	const sent: [unknown, string][] = [];
	let resized = () => {};
	const parent = {
		postMessage: (message: unknown, origin: string) => sent.push([message, origin])
	};
	vi.stubGlobal('window', { parent, location: { ancestorOrigins } });
	vi.stubGlobal(
		'ResizeObserver',
		class {
			constructor(callback: () => void) {
				resized = callback;
			}
			observe() {
				resized();
			}
			disconnect() {}
		}
	);
	let height = 700.4;
	const element = { getBoundingClientRect: () => ({ height }) } as HTMLElement;
	return { sent, element, resize: (to: number) => ((height = to), resized()) };
}

afterEach(() => vi.unstubAllGlobals());

describe('the height an embed page posts', () => {
	it('goes to the page around the frame when the browser names it, else to every listed site', () => {
		expect(heightTargets(ALLOWED, 'https://www.anna-beispiel.de')).toEqual([
			'https://www.anna-beispiel.de'
		]);
		expect(heightTargets(ALLOWED, undefined)).toEqual(ALLOWED);
		expect(heightTargets(ALLOWED, 'https://fremd.example')).toEqual(ALLOWED);
	});

	it('is the height and nothing else, rounded up, sent again only when it changes', () => {
		const { sent, element, resize } = frame(['https://berater.example']);
		const stop = postHeight(element, ALLOWED);
		resize(700.4);
		resize(2400);
		stop();
		expect(sent).toEqual([
			[{ type: 'smc-height', height: 701 }, 'https://berater.example'],
			[{ type: 'smc-height', height: 2400 }, 'https://berater.example']
		]);
	});

	it('is not sent by a page that is not in a frame', () => {
		const { sent, element } = frame();
		(window as { parent: unknown }).parent = window;
		postHeight(element, ALLOWED)();
		expect(sent).toEqual([]);
	});
});
