import { error } from '@sveltejs/kit';
import { quizById, quizDefinitions } from '$lib/content';
import { buildResultView } from '$lib/content/result-view';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { decodeShareCode } from '$lib/quiz/share-code';
import type { PageServerLoad } from './$types';

/** The result comes from the code alone: no stored state, so the URL is the share link. */
export const load = (({ params, url }) => {
	const decoded = decodeShareCode(quizDefinitions, params.code);
	const quiz = decoded.ok ? quizById(decoded.quizId) : undefined;
	if (!decoded.ok || !quiz) error(400, 'Invalid result link');

	const locale = getLocale();
	return {
		view: buildResultView(quiz, decoded.answers, locale),
		url: url.origin + url.pathname,
		retakeHref: localizeHref('/quiz/1'),
		sourceTitle: quiz.source.title,
		date: new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
			dateStyle: 'long'
		}).format(new Date())
	};
}) satisfies PageServerLoad;
