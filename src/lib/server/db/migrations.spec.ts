import { Migrator, sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerCounts, findCampaign, shareStats } from '../campaigns';
import { migrate, openSqlite } from './database';
import { migrationProvider } from './migrations';

describe('migration 003: running counts', () => {
	const dir = mkdtempSync(join(tmpdir(), 'smc-migrate-'));
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('counts the shares stored before it', async () => {
		const db = openSqlite(dir);
		const migrator = new Migrator({ db, provider: migrationProvider });
		expect((await migrator.migrateTo('002_dashboard_indexes')).error).toBeUndefined();
		await sql`insert into campaigns (id, slug, quiz_id, name, key_hash, created_on)
			values ('c1', 'anna-abc123', 'social-media', 'Anna', 'x', '2026-11-01')`.execute(db);
		const shares = [
			['s1', 'npnynyny', 100, 'profi'],
			['s2', 'yyyyyyyy', 50, 'umdenken'],
			['s3', 'pppppppp', 59, 'umdenken']
		] as const;
		for (const [id, answers, percent, band] of shares) {
			await sql`insert into shares (id, campaign_id, token, answers, code, day, percent, band)
				values (${id}, 'c1', ${id}, ${answers}, 'smBxxxxx', '2026-11-02', ${percent}, ${band})`.execute(db);
		}
		await migrate(db);
		expect(await shareStats(db, 'c1')).toEqual({
			count: 3,
			averagePercent: 70,
			perBand: { profi: 1, umdenken: 2 }
		});
		const counts = await answerCounts(db, 'c1', 8);
		expect(counts[0]).toEqual({ ja: 1, jein: 1, nein: 1 });
		expect(counts[3]).toEqual({ ja: 2, jein: 1, nein: 0 });
		await db.destroy();
	});
});

describe('migration 004: name and organisation', () => {
	const dir = mkdtempSync(join(tmpdir(), 'smc-migrate-'));
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('adds an empty organisation and leaves campaigns as they were', async () => {
		const db = openSqlite(dir);
		const migrator = new Migrator({ db, provider: migrationProvider });
		expect((await migrator.migrateTo('003_campaign_counts')).error).toBeUndefined();
		await sql`insert into campaigns (id, slug, quiz_id, name, key_hash, created_on)
			values ('c1', 'anna-abc123', 'social-media', 'Anna Beispiel, Beratung', 'x', '2026-11-01')`.execute(
			db
		);
		await migrate(db);
		expect(await findCampaign(db, 'anna-abc123')).toMatchObject({
			name: 'Anna Beispiel, Beratung',
			organisation: null
		});
		expect((await migrator.migrateDown()).error).toBeUndefined();
		expect(await sql`select * from campaigns`.execute(db)).toMatchObject({
			rows: [{ name: 'Anna Beispiel, Beratung' }]
		});
		await db.destroy();
	});
});

describe('migration 007: the campaign’s voice and the quiz fingerprints', () => {
	const dir = mkdtempSync(join(tmpdir(), 'smc-migrate-'));
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('gives campaigns made before it the address du, and goes back down cleanly', async () => {
		const db = openSqlite(dir);
		const migrator = new Migrator({ db, provider: migrationProvider });
		expect((await migrator.migrateTo('006_comparison_counts')).error).toBeUndefined();
		await sql`insert into campaigns (id, slug, quiz_id, name, key_hash, created_on)
			values ('c1', 'anna-abc123', 'social-media', 'Anna Beispiel', 'x', '2026-11-01')`.execute(db);
		expect(
			(await migrator.migrateTo('007_campaign_voice_and_quiz_fingerprints')).error
		).toBeUndefined();
		expect(await findCampaign(db, 'anna-abc123')).toMatchObject({ address: 'du' });
		expect(await db.selectFrom('campaign_notes').selectAll().execute()).toEqual([]);
		expect(await db.selectFrom('quiz_fingerprints').selectAll().execute()).toEqual([]);
		expect((await migrator.migrateDown()).error).toBeUndefined();
		expect(await sql`select * from campaigns`.execute(db)).toMatchObject({
			rows: [{ name: 'Anna Beispiel' }]
		});
		expect(
			(await sql`select * from campaigns`.execute(db)).rows[0] as Record<string, unknown>
		).not.toHaveProperty('address');
		await db.destroy();
	});
});

describe('migration 008: websites that may embed a campaign', () => {
	const dir = mkdtempSync(join(tmpdir(), 'smc-migrate-'));
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('lets no existing campaign be framed, and goes back without a trace', async () => {
		const db = openSqlite(dir);
		const migrator = new Migrator({ db, provider: migrationProvider });
		expect((await migrator.migrateTo('006_comparison_counts')).error).toBeUndefined();
		await sql`insert into campaigns (id, slug, quiz_id, name, key_hash, created_on)
			values ('c1', 'anna-abc123', 'social-media', 'Anna Beispiel', 'x', '2026-11-01')`.execute(db);
		expect((await migrator.migrateTo('008_campaign_embed_origins')).error).toBeUndefined();
		expect(await findCampaign(db, 'anna-abc123')).toMatchObject({ embed_origins: null });
		expect((await migrator.migrateDown()).error).toBeUndefined();
		const { rows } = await sql<Record<string, unknown>>`select * from campaigns`.execute(db);
		expect(rows).toHaveLength(1);
		expect(rows[0]).not.toHaveProperty('embed_origins');
		await db.destroy();
	});
});
