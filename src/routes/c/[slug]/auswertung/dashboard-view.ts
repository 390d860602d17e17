import { answerPercents } from '$lib/results/comparison';
import { creditFor } from '$lib/quiz/scoring';
import { ANSWERS, type Answer, type Verdict } from '$lib/quiz/types';

export type Counts = Record<Answer, number>;

/** One question's figures on the dashboard, from the campaign's running counts. */
export interface QuestionFigures {
	id: string;
	short: string;
	/** The author's verdict as the article words it ("Nein (noch nicht).") */
	verdict: string;
	/** The author's answer on the Ja / Jein / Nein scale. */
	author: Answer;
	counts: Counts;
	total: number;
	/** Whole percents (0 everywhere without answers). */
	percents: Counts;
	/** Whole percent of the group who gave the author's answer. */
	agree: number;
	/**
	 * How far the group is from the author, 0 to 1: one minus the average credit the scoring
	 * gives these answers. So Jein against a plain Nein counts as half a step, as it does in
	 * every participant's result.
	 */
	gap: number;
	/** The most frequent answer (the author's on a tie). */
	most: Answer;
}

/**
 * Whole percents, each rounded on its own: equal counts always show equal percents (the three
 * may then add up to 99 or 101).
 */
export function wholePercents(counts: Counts): Counts {
	const total = ANSWERS.reduce((sum, a) => sum + counts[a], 0);
	const percent = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 100));
	return { ja: percent(counts.ja), jein: percent(counts.jein), nein: percent(counts.nein) };
}

export function questionFigures(
	question: { id: string; short: string; verdictLabel: string; verdict: Verdict },
	counts: Counts
): QuestionFigures {
	const total = ANSWERS.reduce((sum, a) => sum + counts[a], 0);
	const author = question.verdict.answer;
	const percents = wholePercents(counts);
	const credit = ANSWERS.reduce((sum, a) => sum + counts[a] * creditFor(question.verdict, a), 0);
	const most = ANSWERS.reduce((best, a) => (counts[a] > counts[best] ? a : best), author as Answer);
	return {
		id: question.id,
		short: question.short,
		verdict: question.verdictLabel,
		author,
		counts,
		total,
		percents,
		agree: percents[author],
		gap: total === 0 ? 0 : 1 - credit / total,
		most
	};
}

/**
 * "Wo die Gruppe am weitesten vom Autor entfernt ist": the questions with the largest gap, the
 * largest first (on a tie in quiz order), only where there is a gap at all.
 */
export function largestGaps(figures: readonly QuestionFigures[], count = 3): QuestionFigures[] {
	return figures
		.map((f, index) => ({ f, index }))
		.filter(({ f }) => f.gap > 1e-9)
		.sort((x, y) => y.f.gap - x.f.gap || x.index - y.index)
		.slice(0, count)
		.map(({ f }) => f);
}

/** `2026-11-27` as people write it: 27.11.2026 in German, 27/11/2026 in English. */
export function formatDay(day: string, locale: 'de' | 'en'): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return day;
	const [, y, mo, d] = match;
	return locale === 'de' ? `${d}.${mo}.${y}` : `${d}/${mo}/${y}`;
}

/** How everyone who took the quiz answered one question (the published snapshot), in percent. */
export interface EveryoneFigures {
	/** Whole percents adding up to 100, as on the participants' results pages. */
	percents: Counts;
	/** Whole percent of everyone who gave the author's answer. */
	agree: number;
}

/**
 * Everyone's answers beside the campaign's, per question in quiz order: the same percents a
 * participant's results page shows for the same snapshot (`answerPercents`), so the two never
 * disagree about "all participants".
 */
export function everyoneFigures(
	verdicts: readonly Answer[],
	answers: readonly Counts[]
): EveryoneFigures[] {
	return verdicts.map((author, i) => {
		const percents = answerPercents(answers[i] ?? { ja: 0, jein: 0, nein: 0 });
		return { percents, agree: percents[author] };
	});
}
