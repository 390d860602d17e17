/**
 * The one message an embed page sends to the page around its frame: the height of its content,
 * so the consultant's snippet can size the frame to it. Nothing else leaves the frame.
 */
export interface HeightMessage {
	type: 'smc-height';
	height: number;
}

/**
 * Where the height goes: the page around the frame when the browser names its origin
 * (`location.ancestorOrigins`, not in every browser) and the campaign lists it; otherwise each
 * listed origin, and the browser delivers it only to the one the page around the frame has.
 */
export function heightTargets(allowed: readonly string[], parentOrigin?: string): string[] {
	return parentOrigin !== undefined && allowed.includes(parentOrigin)
		? [parentOrigin]
		: [...allowed];
}

/**
 * Posts the element's height to the page around the frame now and whenever it changes (a new
 * question, the results, an opened explanation, a narrower window). Nothing outside a frame.
 * An attachment: returns the clean-up.
 */
export function postHeight(element: HTMLElement, allowed: readonly string[]): () => void {
	if (window.parent === window) return () => {};
	const targets = heightTargets(allowed, window.location.ancestorOrigins?.[0]);
	let last = -1;
	const observer = new ResizeObserver(() => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		const message: HeightMessage = { type: 'smc-height', height };
		for (const origin of targets) window.parent.postMessage(message, origin);
	});
	observer.observe(element);
	return () => observer.disconnect();
}
