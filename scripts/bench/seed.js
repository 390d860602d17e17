// Shares stored and counted with the app's own functions: addShares for seeding (the same
// insert and running counts as a participant's share), Kysely and shareStats for counting.
import { setImmediate } from 'node:timers/promises';
import { randomToken } from './app.js';

/** Shares per transaction while seeding: one commit (one fsync) per batch. */
const BATCH = 1000;
/** Seeded shares spread over this many days, newest first, as a campaign of two months. */
const DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * Stores `count` shares in `campaign` through the app's addShares, each with random answers
 * scored by the engine: percent, band and share code are what the app itself would store.
 * Runs while the server runs (SQLite's WAL lets both write, one after the other).
 * @param {import('./app-modules.js').AppModules} app
 * @param {import('kysely').Kysely<import('../../src/lib/server/db/schema').DB>} db
 * @param {{ id: string, quiz_id: string }} campaign
 * @param {number} count
 */
export async function seedShares(app, db, campaign, count) {
	const quiz = app.content.defaultQuiz;
	if (campaign.quiz_id !== quiz.id)
		throw new Error(`The campaign's quiz ${campaign.quiz_id} is not shipped`);
	const now = Date.now();
	for (let start = 0; start < count; start += BATCH) {
		const shares = [];
		for (let i = start; i < Math.min(count, start + BATCH); i++) {
			shares.push(randomShare(app, quiz, campaign.id, i));
		}
		const daysAgo = (start / BATCH) % DAYS;
		await app.campaigns.addShares(
			db,
			shares,
			app.campaigns.today(new Date(now - daysAgo * DAY_MS))
		);
		// better-sqlite3 is synchronous and Kysely resolves its promises as microtasks: without a
		// turn of the event loop, timers and sockets (fetch's idle connections, Ctrl-C) would wait
		// for the whole seeding, and the next fetch would reuse a connection the server has closed.
		await setImmediate();
	}
}

/**
 * One participant's share: a random answer per question, scored by the engine. Two in three
 * give an alias, as a consultant's participants might.
 */
function randomShare(app, quiz, campaignId, i) {
	const answers = quiz.questions.map(
		() => app.quiz.ANSWERS[Math.floor(Math.random() * app.quiz.ANSWERS.length)]
	);
	const score = app.quiz.scoreAnswers(quiz, answers);
	return {
		campaignId,
		token: randomToken(),
		answers: app.quiz.answersToParam(answers),
		code: app.quiz.encodeShareCode(quiz, answers),
		alias: i % 3 === 0 ? null : `Person ${i + 1}`,
		percent: score.percent,
		band: score.bandId
	};
}

/**
 * How many shares the campaign holds: rows in `shares`, and the running counts the dashboard
 * reads (shareStats). The two agree unless a share and its counts were not written together.
 * @param {import('./app-modules.js').AppModules} app
 * @param {import('kysely').Kysely<import('../../src/lib/server/db/schema').DB>} db
 * @param {string} campaignId
 */
export async function countShares(app, db, campaignId) {
	const row = await db
		.selectFrom('shares')
		.select((eb) => eb.fn.countAll().as('n'))
		.where('campaign_id', '=', campaignId)
		.executeTakeFirstOrThrow();
	const stats = await app.campaigns.shareStats(db, campaignId);
	return { rows: Number(row.n), counted: stats.count };
}

/**
 * How many of `tokens` (each answered 303) have no share in the campaign.
 * @param {import('kysely').Kysely<import('../../src/lib/server/db/schema').DB>} db
 * @param {string} campaignId
 * @param {string[]} tokens
 */
export async function missingTokens(db, campaignId, tokens) {
	const rows = await db
		.selectFrom('shares')
		.select('token')
		.where('campaign_id', '=', campaignId)
		.execute();
	const stored = new Set(rows.map((r) => r.token));
	return tokens.filter((t) => !stored.has(t)).length;
}
