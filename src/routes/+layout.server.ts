import { m } from '$lib/paraglide/messages';
import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';
import { quizzes } from '$lib/server/quizzes';
import type { LayoutServerLoad } from './$types';

/**
 * The credit line (the article's; a page of another quiz returns its own `sourceTitle`) and the
 * language switch. Computed here so the shared client bundle carries
 * neither the quiz content nor URL handling: the switch keeps the page and its answers (`a`),
 * and drops everything else (a half-submitted question, for one).
 */
export const load = (({ url }) => {
	const other = getLocale() === 'de' ? 'en' : 'de';
	const answers = url.searchParams.get('a');
	const path = deLocalizeHref(url.pathname) + (answers ? `?a=${encodeURIComponent(answers)}` : '');
	return {
		sourceTitle: quizzes().default.source.title,
		languageSwitch: {
			locale: other,
			href: localizeHref(path, { locale: other }),
			// Worded here for the campaign header, which would otherwise share these two messages
			// with the root layout as a chunk of their own, one more request on every page.
			label: m.language_switch_label(),
			text: m.language_other()
		}
	};
}) satisfies LayoutServerLoad;
