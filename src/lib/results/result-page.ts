import { quizById, quizDefinitions, type QuizContent } from '$lib/content';
import { buildResultView } from './result-view';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { decodeShareCode } from '$lib/quiz/share-code';
import type { Answers } from '$lib/quiz/types';
import { brokenResultLink } from '$lib/server/errors';
import { comparisonForPage } from '$lib/server/page-comparison';
import { qrPath } from '$lib/server/qr';
import { buildComparisonView } from './comparison-view';
import { sourceCredit } from './source';

/**
 * Everything a results page needs, from the code alone. A broken or tampered code is a 400 with
 * the friendly page, never a partly drawn result. `expectedQuiz` pins a campaign's quiz.
 */
export function loadResult(code: string, url: URL, retakePath: string, expectedQuiz?: QuizContent) {
	const { quiz, answers } = decodeResult(code, expectedQuiz);
	return resultFor(quiz, answers, url, retakePath);
}

/**
 * The results page's data: the result from the code alone, and the published comparison with
 * everyone (nothing when it is off or the database cannot give it in time).
 */
export async function loadResultPage(
	code: string,
	url: URL,
	retakePath: string,
	expectedQuiz?: QuizContent
) {
	const { quiz, answers } = decodeResult(code, expectedQuiz);
	const page = resultFor(quiz, answers, url, retakePath);
	const comparison = await comparisonForPage(quiz);
	return { ...page, comparison: buildComparisonView(comparison, quiz, answers, page.locale) };
}

function resultFor(quiz: QuizContent, answers: Answers, url: URL, retakePath: string) {
	const locale = getLocale();
	const dateFormat = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
		dateStyle: 'long'
	});
	const link = url.origin + url.pathname;
	return {
		view: buildResultView(quiz, answers, locale),
		/** The absolute link to this result: the share link. */
		url: link,
		retakeHref: localizeHref(retakePath),
		source: sourceCredit(quiz, locale),
		/** Today, for the printed report. */
		date: dateFormat.format(new Date()),
		/** The share link as a QR code for the printout, drawn on the server. */
		qr: qrPath(link),
		locale
	};
}

/** The quiz and answers of a share code; the friendly 400 when it is broken or not `expectedQuiz`'s. */
export function decodeResult(code: string, expectedQuiz?: QuizContent) {
	const decoded = decodeShareCode(quizDefinitions, code);
	const quiz = decoded.ok ? quizById(decoded.quizId) : undefined;
	if (!decoded.ok || !quiz || (expectedQuiz && expectedQuiz.id !== quiz.id)) {
		brokenResultLink();
	}
	return { quiz, answers: decoded.answers };
}

/**
 * What a results page renders: the view, its link and QR code, the retake link, the date, the
 * source, and the comparison with everyone.
 */
export type ResultPage = Awaited<ReturnType<typeof loadResultPage>>;
