import { CompiledQuery, sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign, findCampaign, sharesQuery } from './campaigns';
import type { DB } from './db/schema';
import { backends, createTestDb } from './db/test-db';

// The dashboard's list of the newest shares must not read a campaign's every share (migration 010).
describe.each(backends)('the list of shares on %s', (backend) => {
	let t: Awaited<ReturnType<typeof createTestDb>>;
	let db: Kysely<DB>;
	beforeEach(async () => {
		t = await createTestDb(backend);
		db = t.db;
	});
	afterEach(async () => {
		await t.cleanup();
	});

	it('lists the newest shares along an index, without sorting the campaign’s shares', async () => {
		const { slug } = await createCampaign(db, {
			quizId: 'social-media',
			name: 'Anna Beispiel',
			welcome: null,
			contactUrl: null,
			accent: null
		});
		const campaign = (await findCampaign(db, slug))!;
		const query = sharesQuery(db, campaign.id, 200).compile();
		const plan = await db.transaction().execute(async (trx) => {
			if (backend === 'postgres') {
				// An empty table is read whole by preference; forbid that to see the plan a large
				// campaign gets. A sort stays possible (at a high cost), so it shows if needed.
				await sql`set local enable_seqscan = off`.execute(trx);
				await sql`set local enable_sort = off`.execute(trx);
			}
			const prefix = backend === 'postgres' ? 'EXPLAIN ' : 'EXPLAIN QUERY PLAN ';
			const result = await trx.executeQuery(
				CompiledQuery.raw(prefix + query.sql, [...query.parameters])
			);
			return result.rows.map((row) => Object.values(row as object).join(' ')).join('\n');
		});
		expect(plan).toMatch(/shares_campaign_day_id/);
		expect(plan).not.toMatch(/TEMP B-TREE|\bSort\b/i);
	});
});
