import type { Answer, Answers, QuizDefinition, Verdict } from './types';

/**
 * Why a question earned partial credit: the author's qualifier names the other side, the
 * author's emphasis leaves little room, the author said Jein, or the participant hedged
 * (Jein) against a plain verdict.
 */
export type PartialReason = 'qualifier' | 'emphasis' | 'jein-verdict' | 'hedged';
export type Match = 'full' | 'partial' | 'different';

export interface QuestionScore {
	questionId: string;
	answer: Answer;
	verdict: Verdict;
	/** Between 0 and 1. */
	credit: number;
	match: Match;
	/** Set when the participant got some but not all of the credit. */
	partialReason: PartialReason | null;
}

export interface QuizScore {
	questions: QuestionScore[];
	/** Sum of credits, 0 to the number of questions. */
	total: number;
	max: number;
	/** round(total / max × 100). */
	percent: number;
	bandId: string;
}

/**
 * Credit for one answer against the author's verdict, exactly as the table in PRODUCT.md:
 * plain 1 / 0.5 (Jein) / 0; softened 1 / 0.75 / 0.25; emphatic 1 / 0.25 / 0;
 * a Jein verdict gives Jein 1 and either side 0.5.
 */
export function creditFor(verdict: Verdict, answer: Answer): number {
	if (answer === verdict.answer) return 1;
	if (verdict.answer === 'jein') return 0.5;
	const isJein = answer === 'jein';
	switch (verdict.kind) {
		case 'plain':
			return isJein ? 0.5 : 0;
		case 'softened':
			return isJein ? 0.75 : 0.25;
		case 'emphatic':
			return isJein ? 0.25 : 0;
	}
}

/** Why an answer short of the verdict still earns part of the credit (when it earns any). */
export function partialReasonFor(verdict: Verdict): PartialReason {
	if (verdict.answer === 'jein') return 'jein-verdict';
	if (verdict.kind === 'softened') return 'qualifier';
	if (verdict.kind === 'emphatic') return 'emphasis';
	return 'hedged';
}

function matchFor(credit: number): Match {
	if (credit === 1) return 'full';
	return credit > 0 ? 'partial' : 'different';
}

/** Percent → band id. Bands are checked from the highest threshold down. */
export function bandFor(quiz: QuizDefinition, percent: number): string {
	const sorted = [...quiz.bands].sort((a, b) => b.minPercent - a.minPercent);
	const band = sorted.find((b) => percent >= b.minPercent) ?? sorted[sorted.length - 1];
	if (!band) throw new Error(`Quiz ${quiz.id} has no bands`);
	return band.id;
}

/**
 * Scores a complete set of answers. The caller guarantees one answer per question
 * (a decoded share code always has that); anything else is a programming error.
 */
export function scoreAnswers(quiz: QuizDefinition, answers: Answers): QuizScore {
	if (answers.length !== quiz.questions.length) {
		throw new Error(`Expected ${quiz.questions.length} answers, got ${answers.length}`);
	}
	const questions = quiz.questions.map((question, i): QuestionScore => {
		const answer = answers[i] as Answer;
		const credit = creditFor(question.verdict, answer);
		const match = matchFor(credit);
		return {
			questionId: question.id,
			answer,
			verdict: question.verdict,
			credit,
			match,
			partialReason: match === 'partial' ? partialReasonFor(question.verdict) : null
		};
	});
	const total = questions.reduce((sum, q) => sum + q.credit, 0);
	const max = quiz.questions.length;
	const percent = Math.round((total / max) * 100);
	return { questions, total, max, percent, bandId: bandFor(quiz, percent) };
}
