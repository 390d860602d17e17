/** What a chart module's draw function returns: anything that can be destroyed (a chart.js Chart). */
interface Destroyable {
	destroy(): void;
}

/**
 * Draws a chart into `canvas` once the page is idle, with code that `load` imports on demand
 * (so chart.js is fetched only by pages that draw one), and redraws it when the colour scheme
 * changes. Returns the cleanup for an `$effect`.
 */
export function lazyChart(
	canvas: HTMLCanvasElement,
	load: () => Promise<(canvas: HTMLCanvasElement) => Destroyable>
) {
	let chart: Destroyable | undefined;
	let cancelled = false;
	const scheme = matchMedia('(prefers-color-scheme: dark)');
	const draw = async () => {
		const drawInto = await load();
		if (cancelled) return;
		chart?.destroy();
		chart = drawInto(canvas);
	};
	const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
	idle(() => void draw());
	scheme.addEventListener('change', draw);
	return () => {
		cancelled = true;
		scheme.removeEventListener('change', draw);
		chart?.destroy();
	};
}
