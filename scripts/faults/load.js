// Load for the fault checks: campaigns and shares over HTTP, as the forms send them.

const RESULT_CODE = 'smBBmeHx'; // the author's own answers

/** @param {string} base @param {string} name */
export async function createCampaign(base, name) {
	const response = await fetch(`${base}/berater?/create`, {
		method: 'POST',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ name })
	});
	const match = /\/c\/([a-z0-9-]+)\/auswertung\?key=/.exec(await response.text());
	if (!match) throw new Error(`no campaign created (${response.status})`);
	return /** @type {string} */ (match[1]);
}

/**
 * Shares from `concurrency` clients over `urls` (round robin) until `stop()` says so. Every token
 * is new; a token counts as acknowledged when its answer was the 303 the participant sees as
 * „Danke, geteilt“.
 * @param {{ urls: string[], slug: string, prefix: string, concurrency: number, stop: () => boolean }} o
 */
export async function shareBurst({ urls, slug, prefix, concurrency, stop }) {
	/** @type {string[]} */
	const acknowledged = [];
	/** @type {Record<string, number>} */
	const statuses = {};
	let sent = 0;
	let next = 0;
	const worker = async () => {
		while (!stop()) {
			const n = next++;
			// 16 to 64 URL-safe characters, as the results page makes them.
			const token = `${prefix}-${String(n).padStart(16, '0')}`;
			const base = urls[n % urls.length];
			sent++;
			const status = await fetch(`${base}/c/${slug}/ergebnis/${RESULT_CODE}?/share`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: base,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ token, alias: '' })
			}).then(
				async (r) => {
					await r.arrayBuffer().catch(() => {});
					return String(r.status);
				},
				() => 'no answer'
			);
			statuses[status] = (statuses[status] ?? 0) + 1;
			if (status === '303') acknowledged.push(token);
			else if (status === 'no answer') await new Promise((r) => setTimeout(r, 50));
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return { sent, acknowledged, statuses };
}

/** @param {Record<string, number>} statuses */
export const formatStatuses = (statuses) =>
	Object.entries(statuses)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([status, n]) => `${status}: ${n}`)
		.join(', ');
