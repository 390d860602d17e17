import { redirect } from '@sveltejs/kit';
import { normalizeJoinCode } from '$lib/live/join-code';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/**
 * The join form sends the code by GET (it stores nothing itself): a valid code goes on to
 * `/live/<CODE>`, which joins; anything else comes back with a message and the typed text.
 */
export const load = (({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', invalid: false };
	const code = normalizeJoinCode(typed);
	if (code) redirect(303, localizeHref(`/live/${code}`));
	return { typed: typed.slice(0, 40), invalid: true };
}) satisfies PageServerLoad;
