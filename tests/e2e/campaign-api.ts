/**
 * Campaigns and shares over plain HTTP, as a form without JavaScript sends them: for specs that
 * load a server rather than walk through pages.
 */

/** A result code of the shipped quiz (the author's own answers). */
export const RESULT_CODE = 'smBBmeHx';

/** Creates a campaign; returns its slug and the secret dashboard link. */
export async function createCampaignOverHttp(base: string, name: string) {
	const response = await fetch(`${base}/berater?/create`, {
		method: 'POST',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ name })
	});
	const html = await response.text();
	const match = /\/c\/([a-z0-9-]+)\/auswertung\?key=([A-Za-z0-9_-]+)/.exec(html);
	if (response.status !== 200 || !match) {
		throw new Error(`campaign not created: ${response.status} ${html.slice(0, 200)}`);
	}
	return { slug: match[1] as string, dashboardUrl: `${base}${match[0]}` };
}

/** Sends one share; resolves with the response (303 when stored). */
export function sendShare(base: string, slug: string, token: string, alias = '') {
	return fetch(`${base}/c/${slug}/ergebnis/${RESULT_CODE}?/share`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ token, alias })
	});
}

/** A share token as the results page makes them (16–64 URL-safe characters). */
export const shareToken = (prefix: string, i: number) =>
	`${prefix}-${String(i).padStart(6, '0')}`.padEnd(16, '0');
