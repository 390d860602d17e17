import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** `/quiz` starts at the first question, keeping any answers already in the URL. */
export const load = (({ url }) => {
	redirect(303, localizeHref(`/quiz/1${url.search}`));
}) satisfies PageServerLoad;
