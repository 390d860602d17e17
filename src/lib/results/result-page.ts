import type { Address, QuizContent } from '$lib/content';
import { buildResultView, type ConsultantNotes } from './result-view';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { decodeShareCode } from '$lib/quiz/share-code';
import type { Answers } from '$lib/quiz/types';
import { brokenResultLink } from '$lib/server/errors';
import { comparisonForPage } from '$lib/server/page-comparison';
import { qrPath } from '$lib/server/qr';
import { quizBase, quizzes } from '$lib/server/quizzes';
import { buildComparisonView } from './comparison-view';
import { sourceCredit } from './source';

/** How a campaign words its results: its address, and the consultant's notes per question. */
export interface ResultVoice {
	address: Address;
	notes?: ConsultantNotes | null;
}

/**
 * Everything a results page needs, from the code alone. A broken or tampered code is a 400 with
 * the friendly page, never a partly drawn result. `expectedQuiz` pins a campaign's quiz; without
 * a `retakePath` the result leads back to its quiz's own flow.
 */
export function loadResult(
	code: string,
	url: URL,
	retakePath?: string,
	expectedQuiz?: QuizContent,
	voice: ResultVoice = { address: 'du' }
) {
	const { quiz, answers } = decodeResult(code, expectedQuiz, voice.address);
	return resultFor(quiz, answers, url, retakePath, voice);
}

/**
 * The results page's data: the result from the code alone, and the published comparison with
 * everyone (nothing when it is off or the database cannot give it in time).
 */
export async function loadResultPage(
	code: string,
	url: URL,
	retakePath?: string,
	expectedQuiz?: QuizContent,
	voice: ResultVoice = { address: 'du' }
) {
	const { quiz, answers } = decodeResult(code, expectedQuiz, voice.address);
	const page = resultFor(quiz, answers, url, retakePath, voice);
	const comparison = await comparisonForPage(quiz);
	return {
		...page,
		comparison: buildComparisonView(comparison, quiz, answers, page.locale, voice.address)
	};
}

function resultFor(
	quiz: QuizContent,
	answers: Answers,
	url: URL,
	retakePath: string | undefined,
	voice: ResultVoice
) {
	const locale = getLocale();
	const dateFormat = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
		dateStyle: 'long'
	});
	const link = url.origin + url.pathname;
	const view = buildResultView(quiz, answers, locale, voice);
	// Share previews exist per band of the article's quiz (static/og); other quizzes use the landing's.
	const shipped = quiz.id === quizzes().default.id;
	return {
		view,
		/** The absolute link to this result: the share link. */
		url: link,
		retakeHref: localizeHref(retakePath ?? `${quizBase(quiz)}/1`),
		source: sourceCredit(quiz, locale),
		/** The footer credits the quiz of this result (see the root layout). */
		sourceTitle: quiz.source.title,
		/** Today, for the printed report. */
		date: dateFormat.format(new Date()),
		/** The share link as a QR code for the printout, drawn on the server. */
		qr: qrPath(link),
		ogImage: shipped ? `/og/result-${view.band.id}-${locale}.png` : `/og/landing-${locale}.png`,
		locale
	};
}

/** The quiz and answers of a share code; the friendly 400 when it is broken or not `expectedQuiz`'s. */
export function decodeResult(code: string, expectedQuiz?: QuizContent, address: Address = 'du') {
	const decoded = decodeShareCode(quizzes().all, code);
	const quiz = decoded.ok ? quizzes().byId(decoded.quizId) : undefined;
	if (!decoded.ok || !quiz || (expectedQuiz && expectedQuiz.id !== quiz.id)) {
		brokenResultLink(address);
	}
	return { quiz, answers: decoded.answers };
}

/**
 * What a results page renders: the view, its link and QR code, the retake link, the date, the
 * source, and the comparison with everyone.
 */
export type ResultPage = Awaited<ReturnType<typeof loadResultPage>>;
