import { getLocale } from '$lib/paraglide/runtime';
import { answerLabel } from '$lib/results/labels';
import { toCsv } from '$lib/server/csv';
import { requireDashboard, SECRET_PAGE_HEADERS } from '$lib/server/dashboard-auth';
import { unknownCampaign } from '$lib/server/errors';
import { keptCounts } from '$lib/server/live/counts';
import { sessionById } from '$lib/server/live/sessions';
import type { RequestHandler } from './$types';

/** A workshop's counts per question and round as CSV (for German Excel, see csv.ts): no person, no token. */
export const GET: RequestHandler = async (event) => {
	const { campaign, quiz, db } = await requireDashboard(event);
	const session = await sessionById(db, event.params.session);
	if (!session || session.campaign_id !== campaign.id) unknownCampaign();
	const locale = getLocale();
	const de = locale === 'de';
	const header = [
		de ? 'Frage' : 'Question',
		de ? 'Runde' : 'Round',
		answerLabel('ja', locale),
		answerLabel('jein', locale),
		answerLabel('nein', locale),
		de ? 'Urteil des Artikels' : "Article's verdict"
	];
	const questions = await keptCounts(db, session.id, quiz.questions.length);
	const rows = quiz.questions.flatMap((q, i) =>
		(questions[i] ?? []).map((counts, r) => [
			q.short[locale],
			r + 1,
			counts.ja,
			counts.jein,
			counts.nein,
			q.verdict.label[locale]
		])
	);
	const day = session.created_at.slice(0, 10);
	return new Response(toCsv([header, ...rows]), {
		headers: {
			...SECRET_PAGE_HEADERS,
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="workshop-${campaign.slug}-${day}.csv"`
		}
	});
};
