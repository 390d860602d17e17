import { page } from '$app/state';
import type { Address } from '$lib/content';

/**
 * The `address` input of the messages that have a Sie form (`m.result_kicker(voice())`): the
 * campaign's address from the page data (its layout sets it), "du" everywhere else. Read while
 * rendering, so it follows client-side navigation.
 */
export function voice(): { address: Address } {
	return { address: page.data.address === 'sie' ? 'sie' : 'du' };
}
