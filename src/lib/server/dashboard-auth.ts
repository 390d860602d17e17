import { redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { requireCampaign } from './campaign-context';
import { campaignForKey, createSession, sessionValid } from './campaigns';
import { getDb } from './db';
import { unknownCampaign } from './errors';
import { ensureNotBlocked, recordFailure } from './rate-limit';

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
 * A wrong key, a missing session and an unknown campaign all look the same: 404.
 */
export async function requireDashboard(event: RequestEvent<{ slug: string }>) {
	event.setHeaders(SECRET_PAGE_HEADERS);
	const { slug } = event.params;
	const db = await getDb();
	const key = event.url.searchParams.get('key');

	if (key !== null) {
		await ensureNotBlocked(event, 'keys', slug);
		const campaign = await campaignForKey(db, slug, key);
		if (!campaign) {
			await recordFailure(event, 'keys', slug);
			unknownCampaign();
		}
		setSessionCookie(event.cookies, event.url, slug, await createSession(db, campaign.id));
		redirect(303, localizeHref(`/c/${slug}/auswertung`));
	}

	const { campaign, quiz } = await requireCampaign(slug);
	const session = event.cookies.get(cookieName(slug));
	if (!session || !(await sessionValid(db, campaign.id, session))) unknownCampaign();
	return { campaign, quiz, db };
}
