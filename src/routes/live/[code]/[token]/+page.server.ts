import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { decodeLiveAnswers, encodeLiveAnswers, latestAnswers } from '$lib/live/my-answers';
import { liveTexts } from '$lib/live/texts';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { encodeShareCode } from '$lib/quiz/share-code';
import { ANSWERS, type Answer } from '$lib/quiz/types';
import { notifyLive } from '$lib/server/live';
import { sessionForCode, workshopByCode } from '$lib/server/live/context';
import { foreignToken } from '$lib/server/live/errors';
import { answersOf, isParticipant, readState, submitAnswer } from '$lib/server/live/sessions';
import type { Actions, PageServerLoad } from './$types';

const pagePath = (code: string, token: string) => `/live/${code}/${token}`;

export const load = (async ({ params, url }) => {
	const { db, session, campaign, quiz } = await workshopByCode(params.code);
	const state = await readState(db, session, quiz);
	const locale = getLocale();
	const count = quiz.questions.length;
	const base = {
		code: session.code,
		campaign,
		// The phone speaks in the campaign's address; the footer credits the campaign's quiz.
		address: campaign.address,
		sourceTitle: quiz.source.title,
		texts: liveTexts(quiz, locale, campaign.address)
	};

	if (state.status === 'ended') {
		// The server has forgotten everyone's answers; the participant's own are in their URL
		// (`a`), plus any they fill in now for questions they missed (`q0`…).
		const answers = decodeLiveAnswers(url.searchParams.get('a'), count).map(
			(answer, i) => answer ?? parseAnswer(url.searchParams.get(`q${i}`))
		);
		if (answers.every((a) => a !== null)) {
			const shareCode = encodeShareCode(quiz, answers as Answer[]);
			redirect(303, localizeHref(`/c/${campaign.slug}/ergebnis/${shareCode}`));
		}
		const answered = answers.some((a) => a !== null);
		return {
			...base,
			ended: true as const,
			answersParam: encodeLiveAnswers(answers),
			missing: answers.flatMap((a, i) => (a === null ? [i] : [])),
			// Sent with gaps left: say so.
			incomplete: answered && url.searchParams.has('zeigen'),
			answered,
			quizHref: localizeHref(`/c/${campaign.slug}/quiz/1`)
		};
	}

	if (!(await isParticipant(db, session.id, params.token))) foreignToken();
	const mine = await answersOf(db, session.id, params.token);
	return {
		...base,
		ended: false as const,
		token: params.token,
		state,
		mine,
		answersParam: encodeLiveAnswers(latestAnswers(mine, count)),
		/** `?aendern`: the participant wants to change an answer already sent. */
		changing: url.searchParams.has('aendern'),
		pageHref: localizeHref(pagePath(session.code, params.token))
	};
}) satisfies PageServerLoad;

function parseAnswer(value: unknown): Answer | null {
	return typeof value === 'string' && (ANSWERS as readonly string[]).includes(value)
		? (value as Answer)
		: null;
}

const AnswerForm = v.object({
	question: v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(999)),
	round: v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(9)),
	answer: v.picklist(ANSWERS)
});

export const actions = {
	/** An answer for the round shown on the phone; refused once that round is closed. */
	answer: async ({ params, request }) => {
		const { db, session } = await sessionForCode(params.code);
		const form = await request.formData().catch(() => null);
		const parsed = v.safeParse(AnswerForm, {
			question: form?.get('question'),
			round: form?.get('round'),
			answer: form?.get('answer')
		});
		if (!parsed.success) {
			const noChoice = form?.get('answer') === null && form?.get('question') !== null;
			return fail(400, { missing: noChoice, invalid: !noChoice });
		}
		const outcome = await submitAnswer(db, {
			sessionId: session.id,
			token: params.token,
			...parsed.output
		});
		if (outcome === 'not-a-participant') foreignToken();
		if (outcome === 'closed') return fail(409, { closed: true });
		await notifyLive(session.id, 'count');
		// The participant's answers so far go into the address, so that even a reload after the
		// end (when the server has forgotten them) still leads to their result.
		const mine = await answersOf(db, session.id, params.token);
		const count = Math.max(0, ...mine.map((a) => a.question + 1));
		const answers = encodeLiveAnswers(latestAnswers(mine, count));
		redirect(303, localizeHref(`${pagePath(session.code, params.token)}?a=${answers}`));
	}
} satisfies Actions;
