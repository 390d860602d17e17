import { answersFromParam, answersToParam } from '$lib/quiz/answer-string';
import type { Answer } from '$lib/quiz/types';

/** One answer a participant gave, as their page knows it. */
export interface MyAnswer {
	question: number;
	round: number;
	answer: Answer;
}

/** A participant's answer per question: the one of the latest round they voted in. */
export function latestAnswers(mine: readonly MyAnswer[], questionCount: number): (Answer | null)[] {
	const latest: ({ round: number; answer: Answer } | null)[] = Array(questionCount).fill(null);
	for (const { question, round, answer } of mine) {
		const current = latest[question];
		if (question < questionCount && (!current || round > current.round)) {
			latest[question] = { round, answer };
		}
	}
	return latest.map((l) => l?.answer ?? null);
}

/** What they answered in one round, if anything. */
export function answerIn(mine: readonly MyAnswer[], question: number, round: number) {
	return mine.find((a) => a.question === question && a.round === round)?.answer ?? null;
}

/**
 * The answers in the participant's URL (`?a=yp-n…`): the quiz's letters, `-` for a question
 * they did not answer. Once the workshop has ended, the server has forgotten their answers, so
 * the URL is what turns them into their own results page, as in the quiz itself.
 */
export function encodeLiveAnswers(answers: readonly (Answer | null)[]): string {
	return answers.map((a) => (a ? answersToParam([a]) : '-')).join('');
}

/** Reads `?a=`: unknown characters count as unanswered, extra ones are ignored. */
export function decodeLiveAnswers(param: string | null, questionCount: number): (Answer | null)[] {
	const letters = [...(param ?? '').slice(0, questionCount)];
	return Array.from(
		{ length: questionCount },
		(_, i) => answersFromParam(letters[i] ?? '', 1)[0] ?? null
	);
}
