import { m } from '$lib/paraglide/messages';
import { applicableInsights, furthestFromAuthor } from '$lib/quiz/insights';
import { scoreAnswers, type Match, type QuestionScore } from '$lib/quiz/scoring';
import type { Answer, Answers } from '$lib/quiz/types';
import type { Locale, QuestionContent, QuizContent } from '$lib/content';
import { answerLabel, formatPoints } from './labels';

/** Everything the results page shows, as plain text and numbers: components only render it. */
export interface ResultView {
	percent: number;
	/** "4,75" / "4.75" */
	points: string;
	max: number;
	band: { id: string; name: string; meaning: string; next: string | null };
	rows: ResultRow[];
	insights: { id: string; title: string; text: string }[];
	/** Where the participant is furthest from the article: what it says and why, one line each. */
	rethink: RethinkItem[];
	/** How many answers match the article's exactly. */
	sameCount: number;
	chart: ChartData;
}

export interface ResultRow {
	id: string;
	title: string;
	short: string;
	answer: Answer;
	answerLabel: string;
	/** The verdict as the article writes it: "Nein (noch nicht)." */
	verdictLabel: string;
	/** A softened or emphatic verdict in words ("Nein, mit Einschränkung"); null for plain ones. */
	verdictNote: string | null;
	match: Match;
	matchLabel: string;
	credit: number;
	summary: string;
	/** Only when the answer differs from the article's. */
	takeaway: string | null;
	/** Only when the credit is partial: why. */
	partialNote: string | null;
	/** The reasoning starts open where the participant's answer differs from the article's. */
	open: boolean;
}

export interface RethinkItem {
	id: string;
	short: string;
	answerLabel: string;
	verdictLabel: string;
	/** Why the article answers as it does, in one line. */
	gist: string;
}

/**
 * The dot plot: per question the participant's answer and the article's on the scale
 * Nein (0) – Jein (1) – Ja (2). Both sit on the answer they name, so the picture says what the
 * scoring says: full credit means both markers on one spot, partial and no credit mean apart
 * (told apart by `match`), and a softened or emphatic verdict is said in words (`note`), not by
 * a position between the marks that no answer has.
 */
export interface ChartData {
	rows: ChartRow[];
	scale: [string, string, string];
	legend: {
		participant: string;
		author: string;
		match: Record<Match, string>;
		points: string;
	};
}

export interface ChartRow {
	label: string;
	/** "Nein, mit Einschränkung" for softened and emphatic verdicts, else null. */
	note: string | null;
	participant: number;
	author: number;
	match: Match;
	/** The credit as shown ("0,75 Pkt."). */
	points: string;
	participantLabel: string;
	authorLabel: string;
}

const POSITION: Record<Answer, number> = { nein: 0, jein: 1, ja: 2 };

function matchLabel(score: QuestionScore, locale: Locale): string {
	if (score.match === 'full') return m.match_full({}, { locale });
	if (score.match === 'different') return m.match_different({}, { locale });
	const points = m.points_short({ points: formatPoints(score.credit, locale) }, { locale });
	return m.match_partial({ points }, { locale });
}

function partialNote(score: QuestionScore, question: QuestionContent, locale: Locale) {
	const answer = answerLabel(score.answer, locale);
	const verdict = answerLabel(score.verdict.answer, locale);
	switch (score.partialReason) {
		case 'qualifier': {
			const qualifier = question.verdict.qualifier?.[locale] ?? '';
			return score.answer === 'jein'
				? m.partial_qualifier_jein({ verdict, qualifier, answer }, { locale })
				: m.partial_qualifier_opposite({ verdict, qualifier, answer }, { locale });
		}
		case 'emphasis':
			return m.partial_emphasis(
				{ verdict, label: question.verdict.label[locale], answer },
				{ locale }
			);
		case 'jein-verdict':
			return m.partial_jein_verdict({ answer }, { locale });
		case 'hedged':
			return m.partial_hedged({ verdict }, { locale });
		default:
			return null;
	}
}

/** "Nein, mit Einschränkung" / "Ja, mit Nachdruck": what a qualified verdict means, in words. */
function verdictNote(question: QuestionContent, locale: Locale): string | null {
	const { answer, kind } = question.verdict;
	if (kind === 'plain' || answer === 'jein') return null;
	const label = answerLabel(answer, locale);
	return kind === 'softened'
		? m.verdict_softened({ answer: label }, { locale })
		: m.verdict_emphatic({ answer: label }, { locale });
}

/** The first sentence of a text: the gist of a question whose quiz gives none. */
function firstSentence(text: string): string {
	return text.split(/(?<=[.!?])\s/)[0] ?? text;
}

/** Scores the answers and joins the result with the quiz's texts in one language. */
export function buildResultView(quiz: QuizContent, answers: Answers, locale: Locale): ResultView {
	const score = scoreAnswers(quiz, answers);
	const band = quiz.bands.find((b) => b.id === score.bandId) as QuizContent['bands'][number];

	const rows = score.questions.map((s, i): ResultRow => {
		const question = quiz.questions[i] as QuestionContent;
		return {
			id: question.id,
			title: question.title[locale],
			short: question.short[locale],
			answer: s.answer,
			answerLabel: answerLabel(s.answer, locale),
			verdictLabel: question.verdict.label[locale],
			verdictNote: verdictNote(question, locale),
			match: s.match,
			matchLabel: matchLabel(s, locale),
			credit: s.credit,
			summary: question.summary[locale],
			takeaway: s.match === 'full' ? null : question.takeaway[locale],
			partialNote: s.match === 'partial' ? partialNote(s, question, locale) : null,
			open: s.match !== 'full'
		};
	});
	const rowById = new Map(rows.map((r) => [r.id, r]));

	return {
		percent: score.percent,
		points: formatPoints(score.total, locale),
		max: score.max,
		band: {
			id: band.id,
			name: band.name[locale],
			meaning: band.meaning[locale],
			next: band.next?.[locale] ?? null
		},
		rows,
		insights: applicableInsights(quiz, answers).map((id) => {
			const insight = quiz.insights.find((i) => i.id === id) as QuizContent['insights'][number];
			return { id, title: insight.title[locale], text: insight.text[locale] };
		}),
		rethink: furthestFromAuthor(score, 3).map((id) => {
			const question = quiz.questions.find((q) => q.id === id) as QuestionContent;
			const row = rowById.get(id) as ResultRow;
			return {
				id,
				short: row.short,
				answerLabel: row.answerLabel,
				verdictLabel: row.verdictLabel,
				gist: question.gist?.[locale] ?? firstSentence(question.summary[locale])
			};
		}),
		sameCount: score.questions.filter((q) => q.match === 'full').length,
		chart: {
			rows: rows.map((row, i) => ({
				label: row.short,
				note: row.verdictNote,
				participant: POSITION[row.answer],
				author: POSITION[(quiz.questions[i] as QuestionContent).verdict.answer],
				match: row.match,
				points: m.points_short({ points: formatPoints(row.credit, locale) }, { locale }),
				participantLabel: row.answerLabel,
				authorLabel: row.verdictLabel
			})),
			scale: [answerLabel('nein', locale), answerLabel('jein', locale), answerLabel('ja', locale)],
			legend: {
				participant: m.result_chart_you({}, { locale }),
				author: m.result_chart_author({}, { locale }),
				match: {
					full: m.match_full({}, { locale }),
					partial: m.result_chart_partial({}, { locale }),
					different: m.match_different({}, { locale })
				},
				points: m.result_chart_points({}, { locale })
			}
		}
	};
}
