import type { Kysely, Transaction } from 'kysely';
import { randomUUID } from 'node:crypto';
import { answersFromParam } from '$lib/quiz/answer-string';
import { compareText as compare, groupCommit, perDatabase } from './group-commit';
import type { DB } from './db/schema';

export interface ShareInput {
	campaignId: string;
	token: string;
	answers: string;
	code: string;
	alias: string | null;
	percent: number;
	band: string;
}

/** Today as `YYYY-MM-DD` (UTC): the only date a share carries. */
export function today(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/**
 * Stores a share once per token: pressing the button twice, or resending the form, adds nothing.
 * Resolves once the share is committed (durable): only then may the participant read "Danke".
 *
 * Shares are written by group commit: those that arrive while a commit is under way wait for
 * the next one and go to disk together, in one transaction with one sync. Each commit on SQLite
 * with `synchronous=FULL` costs an fsync that blocks the process, so one per share would cap
 * the throughput; one per batch does not, and nothing is acknowledged before it is on disk.
 */
export function addShare(db: Kysely<DB>, input: ShareInput, day = today()): Promise<void> {
	return writeShare(db, { ...input, day });
}

/**
 * Stores several shares of one day in one transaction (one commit), each exactly as `addShare`
 * would: for bulk loads such as the benchmark's seeding.
 */
export function addShares(db: Kysely<DB>, inputs: readonly ShareInput[], day = today()) {
	return writeShares(
		db,
		inputs.map((input) => ({ ...input, day }))
	);
}

const writeShare = perDatabase((db: Kysely<DB>) =>
	groupCommit((batch: (ShareInput & { day: string })[]) => writeShares(db, batch))
);

/**
 * Writes a batch in one transaction: the shares new to their campaign, and their answers and
 * bands in the campaign's running counts. Rows go in a fixed order (campaign, token; campaign,
 * question, answer), so concurrent writers on PostgreSQL take their locks in the same order and
 * cannot deadlock.
 */
async function writeShares(db: Kysely<DB>, batch: (ShareInput & { day: string })[]) {
	const byKey = new Map<string, ShareInput & { day: string }>();
	// The first share with a token wins, within a batch as across batches.
	for (const share of batch) {
		const key = `${share.campaignId}\n${share.token}`;
		if (!byKey.has(key)) byKey.set(key, share);
	}
	const shares = [...byKey.values()].sort(
		(a, b) => compare(a.campaignId, b.campaignId) || compare(a.token, b.token)
	);
	await db.transaction().execute(async (trx) => {
		const inserted = await trx
			.insertInto('shares')
			.values(
				shares.map((s) => ({
					id: randomUUID(),
					campaign_id: s.campaignId,
					token: s.token,
					answers: s.answers,
					code: s.code,
					alias: s.alias,
					day: s.day,
					percent: s.percent,
					band: s.band
				}))
			)
			.onConflict((oc) => oc.columns(['campaign_id', 'token']).doNothing())
			.returning(['campaign_id', 'token'])
			.execute();
		const written = inserted.map((r) => byKey.get(`${r.campaign_id}\n${r.token}`) as ShareInput);
		await changeCounts(trx, written, 1);
	});
}

type Counted = Pick<ShareInput, 'campaignId' | 'answers' | 'band' | 'percent'>;

/**
 * Adds (`by` 1) or removes (`by` -1) shares in their campaigns' running counts: two statements
 * whatever the number of shares, rows in a fixed order.
 */
export async function changeCounts(trx: Transaction<DB>, shares: Counted[], by: 1 | -1) {
	if (shares.length === 0) return;
	const answers = new Map<
		string,
		{ campaign_id: string; question: number; answer: string; count: number }
	>();
	const bands = new Map<
		string,
		{ campaign_id: string; band: string; count: number; percent_sum: number }
	>();
	for (const share of shares) {
		answersFromParam(share.answers, share.answers.length).forEach((answer, question) => {
			const key = `${share.campaignId}\n${String(question).padStart(4, '0')}\n${answer}`;
			const row = answers.get(key) ?? { campaign_id: share.campaignId, question, answer, count: 0 };
			row.count += by;
			answers.set(key, row);
		});
		const key = `${share.campaignId}\n${share.band}`;
		const row = bands.get(key) ?? {
			campaign_id: share.campaignId,
			band: share.band,
			count: 0,
			percent_sum: 0
		};
		row.count += by;
		row.percent_sum += by * share.percent;
		bands.set(key, row);
	}
	const sorted = <T>(map: Map<string, T>) =>
		[...map].sort(([a], [b]) => compare(a, b)).map(([, row]) => row);

	if (answers.size > 0) {
		await trx
			.insertInto('campaign_answer_counts')
			.values(sorted(answers))
			.onConflict((oc) =>
				oc.columns(['campaign_id', 'question', 'answer']).doUpdateSet((eb) => ({
					count: eb('campaign_answer_counts.count', '+', eb.ref('excluded.count'))
				}))
			)
			.execute();
	}
	await trx
		.insertInto('campaign_band_counts')
		.values(sorted(bands))
		.onConflict((oc) =>
			oc.columns(['campaign_id', 'band']).doUpdateSet((eb) => ({
				count: eb('campaign_band_counts.count', '+', eb.ref('excluded.count')),
				percent_sum: eb('campaign_band_counts.percent_sum', '+', eb.ref('excluded.percent_sum'))
			}))
		)
		.execute();
}
