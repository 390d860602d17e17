import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Kysely } from 'kysely';
import { lookUpCampaign, type CampaignContext } from './campaign-context';
import { createSession, sessionValid } from './campaigns';
import { getDb, type DB } from './db';
import { ensureNotBlocked, recordFailure } from './rate-limit';
import { secretMatches } from './secrets';

/** One cookie per campaign, so a consultant can hold the dashboards of several campaigns. */
const cookieName = (slug: string) => `dashboard-${slug}`;

/**
 * Headers for every page that shows or receives a dashboard secret. `same-origin`: links to other
 * sites get no Referer at all, and the app's own forms still carry their origin (with
 * `no-referrer` a browser sends `Origin: null` on a plain form post, and the origin check refuses
 * it). The key itself is never in the address of a page that links anywhere: the secret link
 * redirects at once (see KEY_URL_HEADERS), and a new key appears in the page's body only.
 */
export const SECRET_PAGE_HEADERS = {
	'referrer-policy': 'same-origin',
	'cache-control': 'no-store'
};

/** For the answer to the secret link itself, whose address holds the key: no Referer anywhere. */
const KEY_URL_HEADERS = { ...SECRET_PAGE_HEADERS, 'referrer-policy': 'no-referrer' };

export function setSessionCookie(cookies: Cookies, url: URL, slug: string, session: string) {
	cookies.set(cookieName(slug), session, {
		path: '/',
		httpOnly: true,
		// Lax, not Strict: a secret link clicked in webmail starts a redirect chain on another site,
		// and Strict would leave the cookie off the request that follows the redirect. Form posts
		// from other sites still carry no cookie, and SvelteKit's origin check refuses them anyway.
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

export function clearSessionCookie(cookies: Cookies, slug: string) {
	cookies.delete(cookieName(slug), { path: '/' });
}

/**
 * A closed door: a wrong key, a missing or expired session and an unknown campaign get this same
 * page, which says what to do (open the private link again) without saying whether the campaign
 * exists. 404, as RFC 9110 (15.5.4) allows for hiding a resource's existence; a page of its own,
 * because "this campaign does not exist" would send a consultant whose session ended looking
 * for a deleted campaign.
 */
export function dashboardClosed(): never {
	error(404, { heading: m.dashboard_closed_heading(), message: m.dashboard_closed_text() });
}

/**
 * The dashboard's door. `?key=` (the secret link) opens a session and redirects to the clean URL
 * so the key leaves the address bar and history; otherwise the session cookie must be valid.
 * Anything else gets dashboardClosed(). Checked once per request, however often an action and
 * the load ask.
 */
export function requireDashboard(event: RequestEvent<{ slug: string }>) {
	event.locals.dashboard ??= openDashboard(event);
	return event.locals.dashboard;
}

export interface Dashboard extends CampaignContext {
	db: Kysely<DB>;
}

async function openDashboard(event: RequestEvent<{ slug: string }>): Promise<Dashboard> {
	const key = event.url.searchParams.get('key');
	event.setHeaders(key === null ? SECRET_PAGE_HEADERS : KEY_URL_HEADERS);
	const db = await getDb();
	const found = await lookUpCampaign(event);

	if (key !== null) {
		// Wrong keys count per address, whatever the slug: random slugs cannot fill the limiter's
		// store (one entry per address), and a blocked address gets the same 429 for real and
		// unknown campaigns, so the limit does not reveal which campaigns exist.
		await ensureNotBlocked(event, 'keys');
		if (!found || !secretMatches(key, found.campaign.key_hash)) {
			await recordFailure(event, 'keys');
			dashboardClosed();
		}
		const { slug } = found.campaign;
		setSessionCookie(event.cookies, event.url, slug, await createSession(db, found.campaign.id));
		redirect(303, localizeHref(`/c/${slug}/auswertung`));
	}

	const session = event.cookies.get(cookieName(event.params.slug));
	if (!found || !session || !(await sessionValid(db, found.campaign.id, session)))
		dashboardClosed();
	return { ...found, db };
}
