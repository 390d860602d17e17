import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/content';
import type { Answer } from '$lib/quiz/types';

/** "Ja" / "Yes": an answer's name in one language (results, dashboard, CSV). */
export function answerLabel(answer: Answer, locale: Locale): string {
	const label = { ja: m.answer_ja, jein: m.answer_jein, nein: m.answer_nein }[answer];
	return label({}, { locale });
}

// Made once: building an Intl format costs more than using it.
const pointsFormat = {
	de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }),
	en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })
};

/** Points as people write them: "4,75" in German, "4.75" in English. */
export function formatPoints(points: number, locale: Locale): string {
	return pointsFormat[locale].format(points);
}
