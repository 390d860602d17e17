import { m } from '$lib/paraglide/messages';
import { applicableInsights, furthestFromAuthor } from '$lib/quiz/insights';
import { scoreAnswers, type Match, type QuestionScore } from '$lib/quiz/scoring';
import type { Answer, Answers } from '$lib/quiz/types';
import type { Locale, QuizContent } from '$lib/content';
import { answerLabel, formatPoints } from './labels';

/** Everything the results page shows, as plain text and numbers: components only render it. */
export interface ResultView {
	percent: number;
	/** "4,75" / "4.75" */
	points: string;
	max: number;
	band: { id: string; name: string; meaning: string };
	rows: ResultRow[];
	insights: { id: string; title: string; text: string }[];
	/** Where the participant is furthest from the author, with what it means for them. */
	furthest: { id: string; title: string; takeaway: string }[];
	/** How many answers match the author's exactly. */
	sameCount: number;
	chart: ChartData;
}

export interface ResultRow {
	id: string;
	title: string;
	short: string;
	answer: Answer;
	answerLabel: string;
	verdictLabel: string;
	match: Match;
	matchLabel: string;
	credit: number;
	summary: string;
	/** Only when the answer differs from the author's. */
	takeaway: string | null;
	/** Only when the credit is partial: why. */
	partialNote: string | null;
}

/** Positions on the scale Nein (0) – Jein (1) – Ja (2); qualified verdicts sit between the marks. */
export interface ChartData {
	labels: string[];
	participant: number[];
	author: number[];
	scale: [string, string, string];
	legend: { participant: string; author: string };
}

const POSITION: Record<Answer, number> = { nein: 0, jein: 1, ja: 2 };
/** How far a softened verdict ("Nein (noch nicht)") moves towards the middle of the scale. */
const SOFTENED_SHIFT = 0.3;

function matchLabel(score: QuestionScore, locale: Locale): string {
	if (score.match === 'full') return m.match_full({}, { locale });
	if (score.match === 'different') return m.match_different({}, { locale });
	const points = m.points_short({ points: formatPoints(score.credit, locale) }, { locale });
	return m.match_partial({ points }, { locale });
}

function partialNote(
	score: QuestionScore,
	question: QuizContent['questions'][number],
	locale: Locale
) {
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

function authorPosition(question: QuizContent['questions'][number]): number {
	const { answer, kind } = question.verdict;
	const base = POSITION[answer];
	if (kind !== 'softened' || answer === 'jein') return base;
	return answer === 'ja' ? base - SOFTENED_SHIFT : base + SOFTENED_SHIFT;
}

/** Scores the answers and joins the result with the quiz's texts in one language. */
export function buildResultView(quiz: QuizContent, answers: Answers, locale: Locale): ResultView {
	const score = scoreAnswers(quiz, answers);
	const band = quiz.bands.find((b) => b.id === score.bandId) as QuizContent['bands'][number];
	const questionById = new Map(quiz.questions.map((q) => [q.id, q]));

	const rows = score.questions.map((s, i): ResultRow => {
		const question = quiz.questions[i] as QuizContent['questions'][number];
		return {
			id: question.id,
			title: question.title[locale],
			short: question.short[locale],
			answer: s.answer,
			answerLabel: answerLabel(s.answer, locale),
			verdictLabel: question.verdict.label[locale],
			match: s.match,
			matchLabel: matchLabel(s, locale),
			credit: s.credit,
			summary: question.summary[locale],
			takeaway: s.match === 'full' ? null : question.takeaway[locale],
			partialNote: s.match === 'partial' ? partialNote(s, question, locale) : null
		};
	});

	return {
		percent: score.percent,
		points: formatPoints(score.total, locale),
		max: score.max,
		band: { id: band.id, name: band.name[locale], meaning: band.meaning[locale] },
		rows,
		insights: applicableInsights(quiz, answers).map((id) => {
			const insight = quiz.insights.find((i) => i.id === id) as QuizContent['insights'][number];
			return { id, title: insight.title[locale], text: insight.text[locale] };
		}),
		furthest: furthestFromAuthor(score, 3).map((id) => {
			const question = questionById.get(id) as QuizContent['questions'][number];
			return { id, title: question.title[locale], takeaway: question.takeaway[locale] };
		}),
		sameCount: score.questions.filter((q) => q.answer === q.verdict.answer).length,
		chart: {
			labels: quiz.questions.map((q) => q.short[locale]),
			participant: answers.map((a) => POSITION[a]),
			author: quiz.questions.map(authorPosition),
			scale: [answerLabel('nein', locale), answerLabel('jein', locale), answerLabel('ja', locale)],
			legend: {
				participant: m.result_chart_you({}, { locale }),
				author: m.result_chart_author({}, { locale })
			}
		}
	};
}
