import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { answersToParam } from '$lib/quiz/answer-string';
import { scoreAnswers } from '$lib/quiz/scoring';
import { requireCampaign } from '$lib/server/campaign-context';
import { ShareForm } from '$lib/server/campaign-form';
import { addShare, campaignNotes, hasShare } from '$lib/server/campaigns';
import { getDb } from '$lib/server/db';
import { consume } from '$lib/server/rate-limit';
import { newSecret } from '$lib/server/secrets';
import { decodeResult, loadResultPage } from '$lib/results/result-page';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { params, url } = event;
	const { campaign, quiz } = await requireCampaign(event);
	const db = await getDb();
	const sharedToken = url.searchParams.get('geteilt');
	const [notes, shared] = await Promise.all([
		// The consultant's notes sit below the article's reasoning: participant, article, consultant.
		campaignNotes(db, campaign.id),
		sharedToken !== null && hasShare(db, campaign.id, sharedToken)
	]);
	const page = await loadResultPage(params.code, url, `/c/${params.slug}/quiz/1`, quiz, {
		address: campaign.address,
		notes: Object.keys(notes).length > 0 ? { by: campaign.name, byQuestion: notes } : null
	});
	// A fresh token per page view: the same form sent twice stores one share.
	return { ...page, shared, shareToken: newSecret() };
}) satisfies PageServerLoad;

export const actions = {
	/** Stores the result for the consultant: only now, only on request, with the day and an optional alias. */
	share: async (event) => {
		const { campaign, quiz } = await requireCampaign(event);
		const { answers } = decodeResult(event.params.code, quiz, campaign.address);
		await consume(event, 'shares');
		const form = await event.request.formData().catch(() => null);
		const parsed = v.safeParse(ShareForm, {
			token: form?.get('token'),
			alias: form?.get('alias') ?? ''
		});
		if (!parsed.success) {
			const aliasTooLong = parsed.issues.some((i) => i.message === 'alias_length');
			return fail(400, {
				shareError: aliasTooLong ? ('alias_length' as const) : ('invalid' as const),
				alias: String(form?.get('alias') ?? '')
			});
		}
		const score = scoreAnswers(quiz, answers);
		await addShare(await getDb(), {
			campaignId: campaign.id,
			token: parsed.output.token,
			answers: answersToParam(answers),
			code: event.params.code,
			alias: parsed.output.alias,
			percent: score.percent,
			band: score.bandId
		});
		// Back to the page the form is on: this one, or the same inside a frame (embed/ergebnis).
		redirect(303, `${event.url.pathname}?geteilt=${parsed.output.token}`);
	}
} satisfies Actions;
