import { m } from '$lib/paraglide/messages';
import { applicableInsights, furthestFromAuthor } from '$lib/quiz/insights';
import { scoreAnswers, type Match, type QuestionScore } from '$lib/quiz/scoring';
import type { Answer, Answers } from '$lib/quiz/types';
import type { Address, Locale, QuestionContent, QuizContent } from '$lib/content';
import { localize } from '$lib/content/localize';
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
	/**
	 * The reasoning starts open where the participant's answer differs from the article's, or
	 * where a campaign's consultant wrote a note.
	 */
	open: boolean;
	/** A campaign's consultant on this question, in their own words (campaign results only). */
	note: { by: string; text: string } | null;
}

/** A campaign's consultant and their notes per question id (plain text, as they typed it). */
export interface ConsultantNotes {
	by: string;
	byQuestion: Record<string, string>;
}

/** How a campaign words the results: its address (German du or Sie) and its consultant's notes. */
export interface ResultVoiceOptions {
	address?: Address;
	notes?: ConsultantNotes | null;
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

function partialNote(
	score: QuestionScore,
	question: QuestionContent,
	locale: Locale,
	address: Address
) {
	const answer = answerLabel(score.answer, locale);
	const verdict = answerLabel(score.verdict.answer, locale);
	switch (score.partialReason) {
		case 'qualifier': {
			const qualifier = question.verdict.qualifier?.[locale] ?? '';
			return score.answer === 'jein'
				? m.partial_qualifier_jein({ verdict, qualifier, answer, address }, { locale })
				: m.partial_qualifier_opposite({ verdict, qualifier, answer, address }, { locale });
		}
		case 'emphasis':
			return m.partial_emphasis(
				{ verdict, label: question.verdict.label[locale], answer, address },
				{ locale }
			);
		case 'jein-verdict':
			return m.partial_jein_verdict({ answer, address }, { locale });
		case 'hedged':
			return m.partial_hedged({ verdict, address }, { locale });
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

/**
 * Scores the answers and joins the result with the quiz's texts in one language (in German in
 * the campaign's address), with the consultant's notes where a campaign has them.
 */
export function buildResultView(
	quiz: QuizContent,
	answers: Answers,
	locale: Locale,
	{ address = 'du', notes = null }: ResultVoiceOptions = {}
): ResultView {
	const text = (t: Parameters<typeof localize>[0]) => localize(t, locale, address);
	const score = scoreAnswers(quiz, answers);
	const band = quiz.bands.find((b) => b.id === score.bandId) as QuizContent['bands'][number];

	const rows = score.questions.map((s, i): ResultRow => {
		const question = quiz.questions[i] as QuestionContent;
		const note = notes?.byQuestion[question.id];
		return {
			id: question.id,
			title: text(question.title),
			short: text(question.short),
			answer: s.answer,
			answerLabel: answerLabel(s.answer, locale),
			verdictLabel: text(question.verdict.label),
			verdictNote: verdictNote(question, locale),
			match: s.match,
			matchLabel: matchLabel(s, locale),
			credit: s.credit,
			summary: text(question.summary),
			takeaway: s.match === 'full' ? null : text(question.takeaway),
			partialNote: s.match === 'partial' ? partialNote(s, question, locale, address) : null,
			// Open where the answers differ, and where the consultant has something to say.
			open: s.match !== 'full' || Boolean(note),
			note: note && notes ? { by: notes.by, text: note } : null
		};
	});
	const rowById = new Map(rows.map((r) => [r.id, r]));

	return {
		percent: score.percent,
		points: formatPoints(score.total, locale),
		max: score.max,
		band: {
			id: band.id,
			name: text(band.name),
			meaning: text(band.meaning),
			next: band.next ? text(band.next) : null
		},
		rows,
		insights: applicableInsights(quiz, answers).map((id) => {
			const insight = quiz.insights.find((i) => i.id === id) as QuizContent['insights'][number];
			return { id, title: text(insight.title), text: text(insight.text) };
		}),
		rethink: furthestFromAuthor(score, 3).map((id) => {
			const question = quiz.questions.find((q) => q.id === id) as QuestionContent;
			const row = rowById.get(id) as ResultRow;
			return {
				id,
				short: row.short,
				answerLabel: row.answerLabel,
				verdictLabel: row.verdictLabel,
				gist: question.gist ? text(question.gist) : firstSentence(text(question.summary))
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
				participant: m.result_chart_you({ address }, { locale }),
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
