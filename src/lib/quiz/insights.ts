import type { QuizScore } from './scoring';
import type { Answers, QuizDefinition } from './types';

/**
 * The cross-question insights that apply to these answers. An `alike` rule applies when the
 * participant gave the same answer to all its questions although the author's verdicts differ
 * (for the article: "not an advertising space" but "a good place for ads").
 */
export function applicableInsights(quiz: QuizDefinition, answers: Answers): string[] {
	const indexOf = new Map(quiz.questions.map((q, i) => [q.id, i]));
	return quiz.insights
		.filter((rule) => {
			const indices = rule.when.questions.map((id) => indexOf.get(id));
			if (indices.some((i) => i === undefined)) return false;
			const given = indices.map((i) => answers[i as number]);
			const verdicts = indices.map((i) => quiz.questions[i as number]?.verdict.answer);
			const allSame = <T>(xs: T[]) => xs.every((x) => x === xs[0]);
			return allSame(given) && !allSame(verdicts);
		})
		.map((rule) => rule.id);
}

/**
 * The questions where the participant is furthest from the author: those without full credit,
 * lowest credit first (ties keep question order), at most `limit` of them.
 */
export function furthestFromAuthor(score: QuizScore, limit = 3): string[] {
	return score.questions
		.map((q, index) => ({ id: q.questionId, credit: q.credit, index }))
		.filter((q) => q.credit < 1)
		.sort((a, b) => a.credit - b.credit || a.index - b.index)
		.slice(0, limit)
		.map((q) => q.id);
}
