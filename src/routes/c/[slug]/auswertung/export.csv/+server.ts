import { getLocale } from '$lib/paraglide/runtime';
import { answerLabel } from '$lib/results/labels';
import { answersFromParam } from '$lib/quiz/answer-string';
import { listShares } from '$lib/server/campaigns';
import { toCsv } from '$lib/server/csv';
import { requireDashboard, SECRET_PAGE_HEADERS } from '$lib/server/dashboard-auth';
import type { RequestHandler } from './$types';

/** All shares of the campaign as CSV for German Excel (see csv.ts). */
export const GET: RequestHandler = async (event) => {
	const { campaign, quiz, db } = await requireDashboard(event);
	const locale = getLocale();
	const de = locale === 'de';
	const bandName = new Map(quiz.bands.map((b) => [b.id, b.name[locale]]));
	const shares = await listShares(db, campaign.id);
	const header = [
		de ? 'Name oder Kürzel' : 'Name or alias',
		de ? 'Tag' : 'Day',
		de ? 'Prozent' : 'Percent',
		de ? 'Stufe' : 'Band',
		...quiz.questions.map((q) => q.short[locale]),
		de ? 'Ergebnis-Link' : 'Result link'
	];
	const rows = shares.map((s) => [
		s.alias ?? '',
		s.day,
		s.percent,
		bandName.get(s.band) ?? s.band,
		...answersFromParam(s.answers, quiz.questions.length).map((a) => answerLabel(a, locale)),
		`${event.url.origin}/ergebnis/${s.code}`
	]);
	return new Response(toCsv([header, ...rows]), {
		headers: {
			...SECRET_PAGE_HEADERS,
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${de ? 'auswertung' : 'results'}-${campaign.slug}.csv"`
		}
	});
};
