import { crossSiteRefused } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

/**
 * The page a refused cross-site form shows: the origin check in `hooks.server.ts` renders it
 * with status 403 in the language of the page the form was sent to. `seite` is that page, offered
 * as the way back; only a path on this site is accepted.
 */
export const load = (({ url }) => {
	const back = url.searchParams.get('seite');
	crossSiteRefused(back && /^\/(?![/\\])/.test(back) ? back : undefined);
}) satisfies PageServerLoad;
