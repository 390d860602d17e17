import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Answer } from '$lib/quiz/types';
import { m } from '$lib/paraglide/messages';
import { quizIntro } from '$lib/flow/quiz-intro';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { formatCount, formatSnapshotDay, pendingLine } from '$lib/results/comparison-view';
import type { PublishedComparison } from '$lib/results/comparison';
import { answerLabel } from '$lib/results/labels';
import { stripInvisible } from '$lib/server/clean-text';
import { answerCounts, deleteCampaign, listShares, shareStats } from '$lib/server/campaigns';
import { clearSessionCookie, requireDashboard } from '$lib/server/dashboard-auth';
import { comparisonForPage } from '$lib/server/page-comparison';
import { qrPath } from '$lib/server/qr';
import { everyoneFigures, formatDay, largestGaps, questionFigures } from './dashboard-view';
import type { Actions, PageServerLoad } from './$types';
import { embedBox } from './embed-snippet';

/** The table shows the newest shares; the CSV export has all of them. */
const TABLE_LIMIT = 200;

export const load = (async (event) => {
	const { campaign, quiz, db } = await requireDashboard(event);
	const locale = getLocale();
	// Figures come from the running counts: the same cost for 10 shares or 100,000.
	const [stats, shares, counts, comparison] = await Promise.all([
		shareStats(db, campaign.id),
		listShares(db, campaign.id, TABLE_LIMIT),
		answerCounts(db, campaign.id, quiz.questions.length),
		comparisonForPage(quiz)
	]);
	const bandName = new Map(quiz.bands.map((b) => [b.id, b.name[locale]]));
	const base = `/c/${campaign.slug}/auswertung`;
	const publicUrl = event.url.origin + localizeHref(`/c/${campaign.slug}`);
	const questions = quiz.questions.map((q, i) =>
		questionFigures(
			{
				id: q.id,
				short: q.short[locale],
				verdictLabel: q.verdict.label[locale],
				verdict: q.verdict
			},
			counts[i] ?? { ja: 0, jein: 0, nein: 0 }
		)
	);
	return {
		publicUrl,
		publicHref: localizeHref(`/c/${campaign.slug}`),
		csvHref: localizeHref(`${base}/export.csv`),
		editHref: localizeHref(`${base}/bearbeiten`),
		renewHref: localizeHref(`${base}/neuer-link`),
		qr: {
			...qrPath(publicUrl),
			svgHref: localizeHref(`${base}/qr.svg`),
			pngHref: localizeHref(`${base}/qr.png`)
		},
		embed: embedBox(campaign, event.url.origin, quizIntro(quiz, locale, campaign.address).heading),
		notice: event.url.searchParams.has('geloescht')
			? ('deleted' as const)
			: event.url.searchParams.has('gespeichert')
				? ('saved' as const)
				: null,
		stats: {
			count: stats.count,
			averagePercent: stats.averagePercent,
			bands: quiz.bands.map((b) => ({
				id: b.id,
				name: b.name[locale],
				count: stats.perBand[b.id] ?? 0
			}))
		},
		questions,
		everyone: everyoneFor(
			comparison,
			quiz.questions.map((q) => q.verdict.answer),
			locale
		),
		gaps: largestGaps(questions).map((q) => q.id),
		scale: {
			ja: answerLabel('ja', locale),
			jein: answerLabel('jein', locale),
			nein: answerLabel('nein', locale)
		},
		shares: shares.map((s) => ({
			id: s.id,
			// Stored aliases are clean since the form strips invisible characters; older ones are
			// cleaned here, so none can pose as another in this list.
			alias: s.alias === null ? null : stripInvisible(s.alias) || null,
			day: formatDay(s.day, locale),
			percent: s.percent,
			band: bandName.get(s.band) ?? s.band,
			code: s.code
		})),
		// The rows' links are these plus the code or id: localized once, not 400 times.
		shareLinks: {
			result: localizeHref('/ergebnis/'),
			remove: localizeHref(`${base}/loeschen/`)
		}
	};
}) satisfies PageServerLoad;

/**
 * All participants beside the campaign: only from the published snapshot and its threshold (the
 * campaign's own figures are the consultant's data and always shown); nothing when it is off.
 */
function everyoneFor(comparison: PublishedComparison, verdicts: Answer[], locale: 'de' | 'en') {
	switch (comparison.status) {
		case 'off':
			return null;
		case 'pending':
			return { status: 'pending' as const, line: pendingLine(comparison, locale) };
		case 'ready': {
			const { figures, takenAt } = comparison;
			return {
				status: 'ready' as const,
				intro: m.dashboard_compare_intro(
					{
						count: formatCount(figures.completions, locale),
						date: formatSnapshotDay(takenAt, locale)
					},
					{ locale }
				),
				questions: everyoneFigures(verdicts, figures.answers)
			};
		}
	}
}

export const actions = {
	/** Deletes everything, once the consultant has typed the campaign's name. */
	deleteCampaign: async (event) => {
		const { campaign, db } = await requireDashboard(event);
		const form = await event.request.formData().catch(() => null);
		const confirm = v.safeParse(v.string(), form?.get('confirm'));
		const typed = confirm.success ? stripInvisible(confirm.output).replace(/\s+/g, ' ').trim() : '';
		if (typed !== campaign.name) return fail(400, { confirmMismatch: true });
		await deleteCampaign(db, campaign.id);
		clearSessionCookie(event.cookies, campaign.slug);
		redirect(303, localizeHref('/berater?geloescht=1'));
	}
} satisfies Actions;
