import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** No route has this path: a URL rerouted here gets the app's 404 page. */
const NO_ROUTE = '/\u0000';

/**
 * `/en/quiz/3` is served by the route `/quiz/[step]`; the language comes from the prefix.
 * A NUL character in the path is nobody's link, and PostgreSQL refuses to compare text with it:
 * such a path is not found, whatever route it would match. (Query parameters are read by the
 * routes, which redirect or refuse what they cannot use; the database's refusal of a NUL is a
 * 400 as a last resort, see handleError.)
 */
export const reroute: Reroute = ({ url }) => {
	if (url.pathname.includes('%00')) return NO_ROUTE;
	return deLocalizeUrl(url).pathname;
};
