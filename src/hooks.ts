import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** `/en/quiz/3` is served by the route `/quiz/[step]`; the language comes from the prefix. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
