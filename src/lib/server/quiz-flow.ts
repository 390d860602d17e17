import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { QuizContent } from '$lib/content';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { answersFromParam, answersToParam, isCleanParam } from '$lib/quiz/answer-string';
import { encodeShareCode } from '$lib/quiz/share-code';
import { ANSWERS, type Answer } from '$lib/quiz/types';

/**
 * The quiz flow, shared by `/quiz/[step]` and a campaign's quiz. The answers so far live in the
 * URL (`?a=ypn`), so reload, back and bookmarks resume exactly there and nothing is stored.
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

/**
 * Reads step and answers from the URL. A hand-edited URL (unknown step, bad letters, too many
 * answers, a step past the first unanswered one) is redirected to its last valid step.
 */
export function loadQuestion(
	quiz: QuizContent,
	paths: FlowPaths,
	event: Pick<RequestEvent, 'params' | 'url'>
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

	const locale = getLocale();
	const question = quiz.questions[step - 1] as QuizContent['questions'][number];
	return {
		step,
		total: count,
		questionId: question.id,
		title: question.title[locale],
		selected: answers[step - 1] ?? null,
		answersParam: answersToParam(answers),
		backHref: step > 1 ? stepHref(paths, step - 1, answers) : null
	};
}

const AnswerForm = v.object({ answer: v.picklist(ANSWERS) });

/**
 * The form action behind "Weiter"/"Auswerten". Without a choice it fails with 400 and the page
 * shows the inline error; otherwise it stores the answer in the URL and moves on (303).
 */
export async function answerQuestion(
	quiz: QuizContent,
	paths: FlowPaths,
	event: Pick<RequestEvent, 'params' | 'url' | 'request'>
) {
	const { step, answersParam } = loadQuestion(quiz, paths, event);
	const form = await event.request.formData().catch(() => null);
	const parsed = v.safeParse(AnswerForm, { answer: form?.get('answer') ?? undefined });
	if (!parsed.success) return fail(400, { error: 'missing' as const });

	const answers = answersFromParam(answersParam, quiz.questions.length);
	answers[step - 1] = parsed.output.answer;

	if (step < quiz.questions.length) redirect(303, stepHref(paths, step + 1, answers));
	if (answers.length < quiz.questions.length)
		redirect(303, stepHref(paths, answers.length + 1, answers));
	redirect(303, localizeHref(`${paths.resultBase}/${encodeShareCode(quiz, answers)}`));
}
