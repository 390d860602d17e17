import { redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Kysely } from 'kysely';
import { lookUpCampaign, type CampaignContext } from './campaign-context';
import { createSession, sessionValid } from './campaigns';
import { getDb, type DB } from './db';
import { unknownCampaign } from './errors';
import { ensureNotBlocked, recordFailure } from './rate-limit';
import { secretMatches } from './secrets';

/** One cookie per campaign, so a consultant can hold the dashboards of several campaigns. */
const cookieName = (slug: string) => `dashboard-${slug}`;

/** Headers for every page that shows or receives a dashboard secret. */
export const SECRET_PAGE_HEADERS = {
	'referrer-policy': 'no-referrer',
	'cache-control': 'no-store'
};

export function setSessionCookie(cookies: Cookies, url: URL, slug: string, session: string) {
	cookies.set(cookieName(slug), session, {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:'
	});
}

export function clearSessionCookie(cookies: Cookies, slug: string) {
	cookies.delete(cookieName(slug), { path: '/' });
}

/**
 * The dashboard's door. `?key=` (the secret link) opens a session and redirects to the clean URL
 * so the key leaves the address bar and history; otherwise the session cookie must be valid.
 * A wrong key, a missing session and an unknown campaign all look the same: 404. Checked once
 * per request, however often an action and the load ask.
 */
export function requireDashboard(event: RequestEvent<{ slug: string }>) {
	event.locals.dashboard ??= openDashboard(event);
	return event.locals.dashboard;
}

export interface Dashboard extends CampaignContext {
	db: Kysely<DB>;
}

async function openDashboard(event: RequestEvent<{ slug: string }>): Promise<Dashboard> {
	event.setHeaders(SECRET_PAGE_HEADERS);
	const db = await getDb();
	const found = await lookUpCampaign(event);
	const key = event.url.searchParams.get('key');

	if (key !== null) {
		// Wrong keys count per address, whatever the slug: random slugs cannot fill the limiter's
		// store (one entry per address), and a blocked address gets the same 429 for real and
		// unknown campaigns, so the limit does not reveal which campaigns exist.
		await ensureNotBlocked(event, 'keys');
		if (!found || !secretMatches(key, found.campaign.key_hash)) {
			await recordFailure(event, 'keys');
			unknownCampaign();
		}
		const { slug } = found.campaign;
		setSessionCookie(event.cookies, event.url, slug, await createSession(db, found.campaign.id));
		redirect(303, localizeHref(`/c/${slug}/auswertung`));
	}

	const session = event.cookies.get(cookieName(event.params.slug));
	if (!found || !session || !(await sessionValid(db, found.campaign.id, session)))
		unknownCampaign();
	return { ...found, db };
}
