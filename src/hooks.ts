import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** No route has this path: a URL rerouted here gets the app's 404 page. */
const NO_ROUTE = '/\u0000';

/**
 * `/en/quiz/3` is served by the route `/quiz/[step]`; the language comes from the prefix.
 * A NUL character anywhere in the path or query is nobody's link, and PostgreSQL refuses to
 * compare text with it: such a URL is not found, whatever route it would match.
 */
export const reroute: Reroute = ({ url }) => {
	if (/%00/.test(url.pathname + url.search)) return NO_ROUTE;
	return deLocalizeUrl(url).pathname;
};
