import { error } from '@sveltejs/kit';
import type { Address } from '$lib/content';
import { m } from '$lib/paraglide/messages';

/**
 * Expected errors carry their wording, in the request's language, from the server: the error
 * page (which every page preloads) then ships only the texts for errors the server cannot
 * word itself (unknown routes, crashes).
 */
function friendly(status: number, heading: string, text: string): never {
	error(status, { message: text, heading });
}

/** A result link that cannot be read; worded in the campaign's address where there is one. */
export function brokenResultLink(address: Address = 'du'): never {
	friendly(400, m.error_400_heading(), m.error_400_text({ address }));
}

/** Unknown campaigns, wrong keys and missing sessions look the same. */
export function unknownCampaign(): never {
	friendly(404, m.error_campaign_404_heading(), m.error_campaign_404_text());
}

export function tooManyRequests(): never {
	friendly(429, m.error_429_heading(), m.error_429_text());
}

/**
 * A form sent from another site (the origin check refused it). `back` is the page the form
 * belongs to on this site, so the participant can send it again from there.
 */
export function crossSiteRefused(back?: string): never {
	error(403, {
		message: m.error_cross_site_text(),
		heading: m.error_cross_site_heading(),
		...(back ? { back } : {})
	});
}
