// The app as a browser and a consultant use it, over HTTP: creating a campaign, opening its
// dashboard with the secret link, sharing a result.
import { randomBytes } from 'node:crypto';

/**
 * A plain form post as a browser sends it: SvelteKit answers 303. With `accept: *\/*` (fetch's
 * and curl's default) it would answer 200 with a JSON redirect instead.
 */
export const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** A random URL-safe token, as the results page puts in its share form. */
export function randomToken(length = 32) {
	return randomBytes(length).toString('base64url').slice(0, length);
}

/**
 * Creates a campaign through the consultant's form.
 * @returns {Promise<{ slug: string, key: string }>} its slug and dashboard key
 */
export async function createCampaign(base, name) {
	const res = await fetch(`${base}/berater?/create`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			'x-sveltekit-action': 'true',
			accept: 'application/json'
		},
		body: `name=${encodeURIComponent(name)}`
	});
	const text = await res.text();
	const match = /\/c\/([a-z0-9-]+)\/auswertung\?key=([A-Za-z0-9_-]{43})/.exec(text);
	if (!res.ok || !match) {
		throw new Error(`Creating a campaign failed (${res.status}): ${text.slice(0, 500)}`);
	}
	return { slug: /** @type {string} */ (match[1]), key: /** @type {string} */ (match[2]) };
}

/**
 * Opens a dashboard session the way the secret link does.
 * @param {string} base
 * @param {{ slug: string, key: string }} campaign
 * @returns {Promise<{ name: string, value: string, header: string }>} the session cookie
 */
export async function dashboardCookie(base, { slug, key }) {
	const res = await fetch(`${base}/c/${slug}/auswertung?key=${key}`, { redirect: 'manual' });
	await res.arrayBuffer();
	const name = `dashboard-${slug}`;
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0] ?? '')
		.find((c) => c.startsWith(name + '='));
	if (res.status !== 303 || !cookie) {
		throw new Error(`The secret link answered ${res.status} without a session cookie`);
	}
	return { name, value: cookie.slice(name.length + 1), header: cookie };
}

/** Shares the result `code` with the campaign `slug`, as the results page's form does. */
export async function share(base, slug, code, alias) {
	const res = await fetch(`${base}/c/${slug}/ergebnis/${code}?/share`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			accept: HTML_ACCEPT
		},
		body: `token=${randomToken()}&alias=${encodeURIComponent(alias)}`
	});
	await res.arrayBuffer();
	if (res.status !== 303) throw new Error(`Sharing answered ${res.status} instead of 303`);
}

/**
 * The share form as an autocannon request: a fresh token per request, as a fresh results page
 * would carry. `onToken` hears the token of every share answered 303 (from its redirect).
 * @param {{ base: string, slug: string, code: string, headers?: Record<string, string>, onToken?: (token: string) => void }} options
 */
export function shareRequest({ base, slug, code, headers = {}, onToken }) {
	return {
		method: 'POST',
		path: `/c/${slug}/ergebnis/${code}?/share`,
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			accept: HTML_ACCEPT,
			...headers
		},
		setupRequest(req) {
			return { ...req, body: `token=${randomToken()}&alias=Bench` };
		},
		// Only when asked: with onResponse, autocannon reads every answer's body.
		...(onToken && {
			onResponse(status, _body, _context, responseHeaders) {
				const location = responseHeaders?.location ?? responseHeaders?.Location ?? '';
				const token = status === 303 && /[?&]geteilt=([A-Za-z0-9_-]+)/.exec(location);
				if (token && token[1]) onToken(token[1]);
			}
		})
	};
}
