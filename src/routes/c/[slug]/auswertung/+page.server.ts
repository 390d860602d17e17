import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { localizeHref } from '$lib/paraglide/runtime';
import { answerLabel } from '$lib/results/labels';
import { getLocale } from '$lib/paraglide/runtime';
import {
	answerCounts,
	createSession,
	deleteCampaign,
	deleteShare,
	listShares,
	renewKey,
	shareStats
} from '$lib/server/campaigns';
import { clearSessionCookie, requireDashboard, setSessionCookie } from '$lib/server/dashboard-auth';
import type { Actions, PageServerLoad } from './$types';

/** The table shows the newest shares; the CSV export has all of them. */
const TABLE_LIMIT = 200;

export const load = (async (event) => {
	const { campaign, quiz, db } = await requireDashboard(event);
	const locale = getLocale();
	const [stats, shares, counts] = await Promise.all([
		shareStats(db, campaign.id),
		listShares(db, campaign.id, TABLE_LIMIT),
		answerCounts(db, campaign.id, quiz.questions.length)
	]);
	const bandName = new Map(quiz.bands.map((b) => [b.id, b.name[locale]]));
	return {
		publicUrl: event.url.origin + localizeHref(`/c/${campaign.slug}`),
		csvHref: localizeHref(`/c/${campaign.slug}/auswertung/export.csv`),
		stats: {
			count: stats.count,
			averagePercent: stats.averagePercent,
			bands: quiz.bands.map((b) => ({
				id: b.id,
				name: b.name[locale],
				count: stats.perBand[b.id] ?? 0
			}))
		},
		questions: quiz.questions.map((q, i) => ({
			id: q.id,
			short: q.short[locale],
			verdict: q.verdict.label[locale],
			counts: counts[i] as { ja: number; jein: number; nein: number }
		})),
		scale: {
			ja: answerLabel('ja', locale),
			jein: answerLabel('jein', locale),
			nein: answerLabel('nein', locale)
		},
		shares: shares.map((s) => ({
			id: s.id,
			alias: s.alias,
			day: s.day,
			percent: s.percent,
			band: bandName.get(s.band) ?? s.band,
			href: localizeHref(`/ergebnis/${s.code}`)
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	deleteShare: async (event) => {
		const { campaign, db } = await requireDashboard(event);
		const id = (await event.request.formData()).get('id');
		if (typeof id !== 'string' || !(await deleteShare(db, campaign.id, id)))
			return fail(404, { missing: true });
		return { deletedShare: true };
	},

	/** A new secret link; the old one stops working. The consultant here stays signed in. */
	renewKey: async (event) => {
		const { campaign, db } = await requireDashboard(event);
		const key = await renewKey(db, campaign.id);
		setSessionCookie(event.cookies, event.url, campaign.slug, await createSession(db, campaign.id));
		return {
			renewedUrl: event.url.origin + localizeHref(`/c/${campaign.slug}/auswertung`) + `?key=${key}`
		};
	},

	/** Deletes everything, once the consultant has typed the campaign's name. */
	deleteCampaign: async (event) => {
		const { campaign, db } = await requireDashboard(event);
		const confirm = v.safeParse(v.string(), (await event.request.formData()).get('confirm'));
		if (!confirm.success || confirm.output.trim() !== campaign.name)
			return fail(400, { confirmMismatch: true });
		await deleteCampaign(db, campaign.id);
		clearSessionCookie(event.cookies, campaign.slug);
		redirect(303, localizeHref('/berater?geloescht=1'));
	}
} satisfies Actions;
