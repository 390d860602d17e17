/** What a chart module's draw function returns: anything that can be destroyed (a chart.js Chart). */
interface Destroyable {
	destroy(): void;
}

/**
 * Draws a chart into `canvas` once the page is idle, with code that `load` imports on demand
 * (so chart.js is fetched only by pages that draw one), and redraws it when the colour scheme
 * changes. With `whenVisible`, nothing is fetched until the canvas comes near the viewport, so a
 * chart below the fold costs the page's first load and first interaction nothing.
 * Returns the cleanup for an `$effect`.
 */
export function lazyChart(
	canvas: HTMLCanvasElement,
	load: () => Promise<(canvas: HTMLCanvasElement) => Destroyable>,
	{ whenVisible = false }: { whenVisible?: boolean } = {}
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
	const redraw = () => {
		if (chart) void draw();
	};
	const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
	const start = () => idle(() => void draw());
	let observer: IntersectionObserver | undefined;
	if (whenVisible && 'IntersectionObserver' in window) {
		observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer?.disconnect();
				start();
			},
			{ rootMargin: '200px 0px' }
		);
		observer.observe(canvas);
	} else {
		start();
	}
	scheme.addEventListener('change', redraw);
	return () => {
		cancelled = true;
		observer?.disconnect();
		scheme.removeEventListener('change', redraw);
		chart?.destroy();
	};
}
