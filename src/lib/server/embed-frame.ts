import { error, type Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { lookUpCampaign } from './campaign-context';
import { embedOrigins } from './embed-origins';

/** `/c/[slug]/embed` and everything below it: the campaign's quiz as another site frames it. */
export function isEmbedRoute(routeId: string | null): boolean {
	return routeId !== null && /^\/c\/\[slug\]\/embed(?:\/|$)/.test(routeId);
}

const NO_FRAMING = "frame-ancestors 'none'";

/**
 * The embed pages' headers. Every page gets `frame-ancestors 'none'` from SvelteKit's policy
 * (svelte.config.js); on the embed routes of a campaign that lists origins, it names them
 * instead, whatever the page (a question, a result, an error inside the frame). The server
 * wrapper then leaves X-Frame-Options out (server/security-headers.js, `allowsFraming`).
 *
 * `Referrer-Policy: same-origin`: the participant's answers are in the frame's addresses, and no
 * request from the frame to another site (a link, the consultant's page) carries them; the
 * frame's own forms still carry their origin, which the origin check needs.
 */
export const embedFraming: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const slug = event.params.slug;
	if (!slug || !isEmbedRoute(event.route.id)) return response;
	const csp = response.headers.get('content-security-policy');
	try {
		response.headers.set('referrer-policy', 'same-origin');
		if (!csp?.includes(NO_FRAMING)) return response;
		// The request's own look-up (the layout made it already); a database that fails now leaves
		// the page unframable, which is the safe side.
		const found = await lookUpCampaign({ params: { slug }, locals: event.locals }).catch(
			() => null
		);
		const origins = embedOrigins(found?.campaign.embed_origins);
		if (origins.length > 0) {
			response.headers.set(
				'content-security-policy',
				csp.replace(NO_FRAMING, `frame-ancestors ${origins.join(' ')}`)
			);
		}
	} catch {
		// A response with immutable headers (none is expected here) keeps the app's defaults.
	}
	return response;
};

/**
 * The embed of a campaign that lists no website: the browser would refuse the frame anyway
 * (`frame-ancestors 'none'`), so this page is only ever seen by whoever opens the address
 * directly – most likely the consultant trying out the snippet. It says what to change.
 */
export function embeddingNotEnabled(): never {
	error(404, { heading: m.embed_off_heading(), message: m.embed_off_text() });
}
