import { fail, isHttpError } from '@sveltejs/kit';
import { localize, offersSie } from '$lib/content';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { parseCampaignForm, parseVoiceForm } from '$lib/server/campaign-form';
import { createCampaign } from '$lib/server/campaigns';
import { SECRET_PAGE_HEADERS } from '$lib/server/dashboard-auth';
import { getDb } from '$lib/server/db';
import { qrPath } from '$lib/server/qr';
import { quizzes } from '$lib/server/quizzes';
import { ensureNotBlocked, recordFailure } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

/** The quizzes a new campaign can use, for the form's choice and its check. */
function quizChoices() {
	const locale = getLocale();
	return quizzes().all.map((quiz) => ({
		id: quiz.id,
		title: localize(quiz.title, locale),
		offersSie: offersSie(quiz),
		questions: quiz.questions
	}));
}

/** What the form's voice fields show: the choices, and what was chosen (or the defaults). */
function voiceProps(values?: { quiz: string; address: 'du' | 'sie' }, errors = {}) {
	const choices = quizChoices().map(({ id, title, offersSie }) => ({ id, title, offersSie }));
	return {
		quizzes: choices,
		quiz: values?.quiz ?? quizzes().default.id,
		address: values?.address ?? ('du' as const),
		errors
	};
}

export const load = (({ url }) => ({
	deleted: url.searchParams.has('geloescht'),
	voice: voiceProps()
})) satisfies PageServerLoad;

export const actions = {
	/**
	 * Creates a campaign; the answer is the only place the dashboard key ever appears. Only
	 * campaigns actually created count toward the hourly limit: a form sent back with a typo
	 * costs nothing. Past the limit the form comes back with everything typed still in it.
	 */
	create: async (event) => {
		const form = await event.request.formData().catch(() => new FormData());
		const parsed = parseCampaignForm(form);
		const voice = parseVoiceForm(form, {
			quizzes: quizChoices(),
			defaultQuizId: quizzes().default.id
		});
		try {
			await ensureNotBlocked(event, 'campaigns');
		} catch (e) {
			// 429 with Retry-After (set by the limiter), as a form answer rather than an error page.
			if (isHttpError(e) && e.status === 429) {
				return fail(429, {
					limited: true,
					values: parsed.values,
					errors: {},
					voice: voiceProps(voice.values)
				});
			}
			throw e;
		}
		if (!parsed.ok || !voice.ok) {
			return fail(400, {
				errors: parsed.ok ? {} : parsed.errors,
				values: parsed.values,
				voice: voiceProps(voice.values, voice.ok ? {} : voice.errors)
			});
		}

		const db = await getDb();
		const { slug, key } = await createCampaign(db, { ...parsed.data, ...voice.data });
		await recordFailure(event, 'campaigns');
		// The page holds the key: no-store, and no Referer to other sites.
		event.setHeaders(SECRET_PAGE_HEADERS);
		const origin = event.url.origin;
		const publicUrl = origin + localizeHref(`/c/${slug}`);
		return {
			created: {
				name: parsed.data.name,
				publicUrl,
				dashboardUrl: origin + localizeHref(`/c/${slug}/auswertung`) + `?key=${key}`,
				qr: qrPath(publicUrl)
			}
		};
	}
} satisfies Actions;
