import { redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Address, QuizContent } from '$lib/content';
import { localize } from '$lib/content/localize';
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { answersFromParam, answersToParam, isCleanParam } from '$lib/quiz/answer-string';
import { encodeShareCode } from '$lib/quiz/share-code';
import { ANSWERS, type Answer } from '$lib/quiz/types';

/**
 * The quiz flow, shared by `/quiz/[step]` and a campaign's quiz. The answers so far live in the
 * URL (`?a=ypn`), so reload, back and bookmarks resume exactly there and nothing is stored.
 *
 * Each question is a GET form back to its own URL (`?a=yp&answer=ja&next=1`): nothing changes on
 * the server, so GET is the honest method, it works without JavaScript, and with JavaScript
 * SvelteKit's router handles it as a client-side navigation (no extra form code on the page).
 * The load below turns such a submission into a 303 to the next step.
 *
 * `base` is the flow's path without language prefix (`/quiz`), `resultBase` where a finished
 * quiz goes (`/ergebnis`).
 */
export interface FlowPaths {
	base: string;
	resultBase: string;
}

function stepHref(paths: FlowPaths, step: number, answers: readonly Answer[]): string {
	const query = answers.length > 0 ? `?a=${answersToParam(answers)}` : '';
	return localizeHref(`${paths.base}/${step}${query}`);
}

const Submission = v.object({ next: v.literal('1'), answer: v.picklist(ANSWERS) });

/**
 * Reads step and answers from the URL. A hand-edited URL (unknown step, bad letters, too many
 * answers, a step past the first unanswered one) is redirected to its last valid step. A submitted
 * answer moves on (303); "Weiter" without one shows the inline error.
 */
export function loadQuestion(
	quiz: QuizContent,
	paths: FlowPaths,
	event: Pick<RequestEvent, 'params' | 'url'>,
	/** Called once when the last answer turns the answers into a result (not on reloads). */
	onComplete?: (answers: Answer[]) => void,
	/** A campaign's address for German texts. */
	address: Address = 'du'
) {
	const count = quiz.questions.length;
	const param = event.url.searchParams.get('a');
	const answers = answersFromParam(param, count);
	const lastReachable = Math.min(answers.length + 1, count);
	const raw = event.params.step ?? '';
	const step = /^[1-9][0-9]{0,2}$/.test(raw) ? Number(raw) : NaN;

	if (!(step >= 1 && step <= lastReachable) || !isCleanParam(param, count)) {
		const target = step >= 1 ? Math.min(step, lastReachable) : lastReachable;
		redirect(303, stepHref(paths, target, answers));
	}

	const submitted = event.url.searchParams.get('next') !== null;
	if (submitted) {
		const parsed = v.safeParse(Submission, Object.fromEntries(event.url.searchParams));
		if (parsed.success) moveOn(quiz, paths, step, answers, parsed.output.answer, onComplete);
	}

	const locale = getLocale();
	const question = quiz.questions[step - 1] as QuizContent['questions'][number];
	return {
		step,
		total: count,
		questionId: question.id,
		title: localize(question.title, locale, address),
		selected: answers[step - 1] ?? null,
		answersParam: answersToParam(answers),
		backHref: step > 1 ? stepHref(paths, step - 1, answers) : null,
		formAction: localizeHref(`${paths.base}/${step}`),
		// Worded here, in the campaign's address: the question page's bundle then carries neither
		// the two texts in both forms nor the code that picks one (it is at its byte budget).
		hint: m.quiz_hint({ address }),
		error: submitted ? m.quiz_error_missing({ address }) : null
	};
}

/** Stores the answer in the URL: the next question, or the result when all are answered. */
function moveOn(
	quiz: QuizContent,
	paths: FlowPaths,
	step: number,
	previous: Answer[],
	answer: Answer,
	onComplete?: (answers: Answer[]) => void
): never {
	const answers = [...previous];
	answers[step - 1] = answer;
	const count = quiz.questions.length;
	if (step < count) redirect(303, stepHref(paths, step + 1, answers));
	if (answers.length < count) redirect(303, stepHref(paths, answers.length + 1, answers));
	onComplete?.(answers);
	redirect(303, localizeHref(`${paths.resultBase}/${encodeShareCode(quiz, answers)}`));
}

/** What a question page renders. */
export type QuestionData = ReturnType<typeof loadQuestion>;
