import { fail, redirect } from '@sveltejs/kit';
import { localize, offersSie, type QuizContent } from '$lib/content';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import {
	campaignFormValues,
	parseCampaignForm,
	parseVoiceForm,
	type VoiceFieldError
} from '$lib/server/campaign-form';
import { campaignNotes, updateCampaign } from '$lib/server/campaigns';
import { requireDashboard } from '$lib/server/dashboard-auth';
import { quizzes } from '$lib/server/quizzes';
import type { Actions, PageServerLoad } from './$types';

/** The voice fields for this campaign: its quiz (fixed), its address, a note per question. */
function voiceProps(
	quiz: QuizContent,
	address: 'du' | 'sie',
	notes: Record<string, string>,
	errors: Record<string, VoiceFieldError> = {}
) {
	const locale = getLocale();
	return {
		quizzes: quizzes().all.map((q) => ({
			id: q.id,
			title: localize(q.title, locale),
			offersSie: offersSie(q)
		})),
		fixedQuiz: localize(quiz.title, locale),
		quiz: quiz.id,
		address,
		notes: quiz.questions.map((q) => ({
			id: q.id,
			question: localize(q.short, locale),
			title: localize(q.title, locale),
			value: notes[q.id] ?? ''
		})),
		errors
	};
}

export const load = (async (event) => {
	const { campaign, quiz, db } = await requireDashboard(event);
	return {
		values: campaignFormValues(campaign),
		voice: voiceProps(quiz, campaign.address, await campaignNotes(db, campaign.id)),
		dashboardHref: localizeHref(`/c/${campaign.slug}/auswertung`)
	};
}) satisfies PageServerLoad;

export const actions = {
	/**
	 * The same fields and checks as creating, plus the notes; the slug, the key, the quiz and the
	 * shares stay.
	 */
	save: async (event) => {
		const { campaign, quiz, db } = await requireDashboard(event);
		const form = await event.request.formData().catch(() => new FormData());
		const parsed = parseCampaignForm(form);
		const option = { id: quiz.id, offersSie: offersSie(quiz), questions: quiz.questions };
		const voice = parseVoiceForm(form, {
			quizzes: [option],
			fixedQuiz: option,
			defaultQuizId: quiz.id
		});
		if (!parsed.ok || !voice.ok) {
			return fail(400, {
				errors: parsed.ok ? {} : parsed.errors,
				values: parsed.values,
				voice: voiceProps(
					quiz,
					voice.values.address,
					voice.values.notes,
					voice.ok ? {} : voice.errors
				)
			});
		}
		await updateCampaign(db, campaign.id, { ...parsed.data, ...voice.data });
		redirect(303, localizeHref(`/c/${campaign.slug}/auswertung?gespeichert=1`));
	}
} satisfies Actions;
