import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import {
	addShare,
	addShares,
	answerCounts,
	campaignForKey,
	campaignNotes,
	createCampaign,
	createSession,
	deleteCampaign,
	deleteShare,
	findCampaign,
	findShare,
	hasShare,
	listShares,
	makeSlug,
	renewKey,
	sessionValid,
	shareStats,
	updateCampaign
} from './campaigns';
import type { DB } from './db/schema';
import { openPostgres } from './db/database';
import { backends, createTestDb } from './db/test-db';

describe.each(backends)('the data layer on %s', (backend) => {
	let t: Awaited<ReturnType<typeof createTestDb>>;
	let db: Kysely<DB>;
	beforeEach(async () => {
		t = await createTestDb(backend);
		db = t.db;
	});
	afterEach(async () => {
		await t.cleanup();
	});

	const input = {
		quizId: 'social-media',
		name: 'Anna Beispiel & Partner',
		welcome: null,
		contactUrl: null,
		accent: null
	};
	const share = (
		campaignId: string,
		token: string,
		answers = 'npnynyny',
		percent = 100,
		band = 'profi'
	) => ({
		campaignId,
		token,
		answers,
		code: 'smBxxxxx',
		alias: null,
		percent,
		band
	});

	describe('campaigns', () => {
		it('migrates an empty database and creates a campaign with a readable, random slug', async () => {
			const { slug, key } = await createCampaign(db, input);
			expect(slug).toMatch(/^anna-beispiel-und-partner-[a-z0-9]{6}$/);
			expect(key.length).toBeGreaterThanOrEqual(43);
			const campaign = await findCampaign(db, slug);
			expect(campaign).toMatchObject({ name: 'Anna Beispiel & Partner', quiz_id: 'social-media' });
			expect(campaign?.key_hash).not.toContain(key);
			expect(JSON.stringify(campaign)).not.toContain(key);
			expect(makeSlug('!!!')).toMatch(/^[a-z0-9]{6}$/);
		});

		it('keeps the address (du unless chosen) and the consultant’s notes per question', async () => {
			const du = (await findCampaign(db, (await createCampaign(db, input)).slug))!;
			expect(du.address).toBe('du');
			expect(await campaignNotes(db, du.id)).toEqual({});

			const { slug } = await createCampaign(db, { ...input, address: 'sie' });
			const sie = (await findCampaign(db, slug))!;
			expect(sie.address).toBe('sie');
			const edit = { ...input, name: 'Anna Beispiel' };
			await updateCampaign(db, sie.id, {
				...edit,
				notes: {
					werbeflaeche: 'Meine Sicht:\nAnzeigen ja, Beiträge nein.',
					ads: '',
					traffic: 'Kommt drauf an.'
				}
			});
			expect(await campaignNotes(db, sie.id)).toEqual({
				werbeflaeche: 'Meine Sicht:\nAnzeigen ja, Beiträge nein.',
				traffic: 'Kommt drauf an.'
			});
			// Without notes (an older caller) the notes and the address stay.
			await updateCampaign(db, sie.id, edit);
			expect(await campaignNotes(db, sie.id)).toHaveProperty('traffic');
			expect((await findCampaign(db, slug))?.address).toBe('sie');
			// Notes given replace the stored ones; the other campaign's are its own.
			await updateCampaign(db, sie.id, { ...edit, address: 'du', notes: { ads: 'Nur diese.' } });
			expect(await campaignNotes(db, sie.id)).toEqual({ ads: 'Nur diese.' });
			expect((await findCampaign(db, slug))?.address).toBe('du');
			expect(await campaignNotes(db, du.id)).toEqual({});

			await deleteCampaign(db, sie.id);
			expect(await db.selectFrom('campaign_notes').selectAll().execute()).toEqual([]);
		});

		it('opens the dashboard with the right key only', async () => {
			const { slug, key } = await createCampaign(db, input);
			expect(await campaignForKey(db, slug, key)).toBeDefined();
			expect(
				await campaignForKey(db, slug, key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'))
			).toBeUndefined();
			expect(await campaignForKey(db, 'unknown', key)).toBeUndefined();
		});

		it('renewing the key ends the old key and all sessions', async () => {
			const { slug, key } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			const session = await createSession(db, campaign.id);
			expect(await sessionValid(db, campaign.id, session)).toBe(true);
			expect(await sessionValid(db, campaign.id, 'forged')).toBe(false);
			const newKey = await renewKey(db, campaign.id);
			expect(await campaignForKey(db, slug, key)).toBeUndefined();
			expect(await campaignForKey(db, slug, newKey)).toBeDefined();
			expect(await sessionValid(db, campaign.id, session)).toBe(false);
		});

		it('edits what participants see and keeps the slug, key and shares', async () => {
			const { slug, key } = await createCampaign(db, { ...input, organisation: 'Alt GmbH' });
			const campaign = (await findCampaign(db, slug))!;
			expect(campaign.organisation).toBe('Alt GmbH');
			await addShare(db, share(campaign.id, 'a'));
			await updateCampaign(db, campaign.id, {
				name: 'Anna Beispiel',
				organisation: 'Neu GmbH',
				welcome: 'Hallo',
				contactUrl: 'https://anna.example',
				accent: '#7a1f5c'
			});
			expect(await findCampaign(db, slug)).toMatchObject({
				name: 'Anna Beispiel',
				organisation: 'Neu GmbH',
				welcome: 'Hallo',
				contact_url: 'https://anna.example',
				accent: '#7a1f5c'
			});
			expect(await campaignForKey(db, slug, key)).toBeDefined();
			expect(await listShares(db, campaign.id)).toHaveLength(1);
		});

		it('keeps the websites the quiz may be embedded on, and changes them with the rest', async () => {
			const origins = 'https://berater.example https://www.anna-beispiel.de';
			const { slug } = await createCampaign(db, { ...input, embedOrigins: origins });
			const campaign = (await findCampaign(db, slug))!;
			expect(campaign.embed_origins).toBe(origins);
			const details = { ...input, embedOrigins: 'https://neu.example' };
			await updateCampaign(db, campaign.id, details);
			expect((await findCampaign(db, slug))!.embed_origins).toBe('https://neu.example');
			await updateCampaign(db, campaign.id, { ...details, embedOrigins: null });
			expect((await findCampaign(db, slug))!.embed_origins).toBeNull();
			// Created without the field (callers from before it existed): not embeddable.
			const older = await createCampaign(db, input);
			expect((await findCampaign(db, older.slug))!.embed_origins).toBeNull();
		});

		it('answers addresses that can be no slug or share id without asking the database', async () => {
			// PostgreSQL refuses a NUL byte in a query parameter with an error (a 500 before).
			expect(await findCampaign(db, 'abc\u0000def')).toBeUndefined();
			expect(await findCampaign(db, 'x'.repeat(65))).toBeUndefined();
			expect(await findCampaign(db, 'Anna')).toBeUndefined();
			const { slug } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			expect(await findShare(db, campaign.id, 'a\u0000')).toBeUndefined();
			expect(await deleteShare(db, campaign.id, 'a\u0000')).toBe(false);
		});

		it('sessions expire', async () => {
			const { slug } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			const session = await createSession(db, campaign.id, new Date('2026-01-01T00:00:00Z'));
			expect(await sessionValid(db, campaign.id, session, new Date('2026-01-01T11:00:00Z'))).toBe(
				true
			);
			expect(await sessionValid(db, campaign.id, session, new Date('2026-01-01T13:00:00Z'))).toBe(
				false
			);
		});
	});

	describe('shares', () => {
		it('stores a share once per token, with the day only', async () => {
			const { slug } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			await addShare(db, share(campaign.id, 't1'), '2026-11-27');
			await addShare(db, share(campaign.id, 't1'), '2026-11-27');
			expect(await hasShare(db, campaign.id, 't1')).toBe(true);
			const rows = await listShares(db, campaign.id);
			expect(rows).toHaveLength(1);
			expect(rows[0]).toMatchObject({ day: '2026-11-27', percent: 100, alias: null });
		});

		it('stores 200 concurrent shares exactly once each', async () => {
			const { slug } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			const tokens = Array.from({ length: 200 }, (_, i) => `token-${i}`);
			// Every share sent twice at once, as by a double click.
			await Promise.all(
				[...tokens, ...tokens].map((token) => addShare(db, share(campaign.id, token)))
			);
			expect((await listShares(db, campaign.id)).length).toBe(200);
			expect((await shareStats(db, campaign.id)).count).toBe(200);
			// The running counts saw each share once too.
			const counts = await answerCounts(db, campaign.id, 8);
			expect(counts[0]).toEqual({ ja: 0, jein: 0, nein: 200 });
		});

		it.runIf(backend === 'postgres')(
			'two instances writing the same shares in opposite order store each once, without deadlock',
			async () => {
				const { slug } = await createCampaign(db, input);
				const campaign = (await findCampaign(db, slug))!;
				const other = openPostgres(process.env.TEST_DATABASE_URL as string, 10).db;
				try {
					const tokens = Array.from({ length: 300 }, (_, i) => `token-${i}`);
					const answers = ['npnynyny', 'yyyyyyyy', 'pppppppp'];
					await Promise.all([
						...tokens.map((t, i) => addShare(db, share(campaign.id, t, answers[i % 3]))),
						...[...tokens]
							.reverse()
							.map((t, i) => addShare(other, share(campaign.id, t, answers[(299 - i) % 3])))
					]);
					expect(await listShares(db, campaign.id)).toHaveLength(300);
					expect((await answerCounts(db, campaign.id, 8))[0]).toEqual({
						ja: 100,
						jein: 100,
						nein: 100
					});
				} finally {
					await other.destroy();
				}
			}
		);

		it('commits shares sent together as one batch, and one bad share fails alone', async () => {
			const { slug } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			const results = await Promise.allSettled([
				addShare(db, share(campaign.id, 'good-1')),
				addShare(db, share('no-such-campaign', 'orphan')),
				addShare(db, share(campaign.id, 'good-2')),
				addShare(db, share(campaign.id, 'good-1'))
			]);
			expect(results.map((r) => r.status)).toEqual([
				'fulfilled',
				'rejected',
				'fulfilled',
				'fulfilled'
			]);
			expect(await listShares(db, campaign.id)).toHaveLength(2);
			expect((await shareStats(db, campaign.id)).count).toBe(2);
		});

		it('keeps the running counts equal to the shares through adds, repeats and deletes', async () => {
			const { slug } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			const sets = ['npnynyny', 'yyyyyyyy', 'pppppppp', 'nnnnnnnn', 'ynpynpyn'];
			for (const [i, answers] of sets.entries()) {
				await addShare(
					db,
					share(campaign.id, `t${i}`, answers, 40 + i * 10, i % 2 ? 'gut' : 'umdenken')
				);
				await addShare(
					db,
					share(campaign.id, `t${i}`, answers, 40 + i * 10, i % 2 ? 'gut' : 'umdenken')
				);
			}
			const rows = await listShares(db, campaign.id);
			await deleteShare(db, campaign.id, rows[1]!.id);
			await deleteShare(db, campaign.id, rows[1]!.id);
			await deleteShare(db, campaign.id, rows[3]!.id);

			// Recount from the shares themselves.
			const left = await listShares(db, campaign.id);
			const expected = Array.from({ length: 8 }, () => ({ ja: 0, jein: 0, nein: 0 }));
			for (const s of left) {
				[...s.answers].forEach((letter, q) => {
					expected[q]![({ y: 'ja', p: 'jein', n: 'nein' } as const)[letter as 'y' | 'p' | 'n']]++;
				});
			}
			expect(await answerCounts(db, campaign.id, 8)).toEqual(expected);
			const stats = await shareStats(db, campaign.id);
			expect(stats.count).toBe(3);
			expect(stats.averagePercent).toBe(
				Math.round(left.reduce((sum, s) => sum + s.percent, 0) / left.length)
			);
			expect(Object.values(stats.perBand).reduce((a, b) => a + b, 0)).toBe(3);
		});

		it('stores a batch in one go, each share as addShare would, repeats included', async () => {
			const { slug } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			await addShare(db, share(campaign.id, 'before', 'yyyyyyyy', 100, 'profi'));
			await addShares(
				db,
				[
					share(campaign.id, 'a', 'npnynyny', 69, 'gut'),
					share(campaign.id, 'before', 'yyyyyyyy', 100, 'profi'),
					share(campaign.id, 'b', 'pppppppp', 50, 'umdenken'),
					// The first share with a token wins, in a batch as across requests.
					share(campaign.id, 'a', 'nnnnnnnn', 0, 'umdenken')
				],
				'2026-10-01'
			);
			const rows = await listShares(db, campaign.id);
			expect(rows).toHaveLength(3);
			expect(rows.filter((r) => r.day === '2026-10-01')).toHaveLength(2);
			expect(await shareStats(db, campaign.id)).toEqual({
				count: 3,
				averagePercent: 73,
				perBand: { profi: 1, gut: 1, umdenken: 1 }
			});
			const counts = await answerCounts(db, campaign.id, 8);
			expect(counts[0]).toEqual({ ja: 1, jein: 1, nein: 1 });
			expect(counts[1]).toEqual({ ja: 1, jein: 2, nein: 0 });
		});

		it('computes statistics and answer counts', async () => {
			const { slug } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			expect(await shareStats(db, campaign.id)).toEqual({
				count: 0,
				averagePercent: null,
				perBand: {}
			});
			await addShare(db, share(campaign.id, 'a', 'npnynyny', 100, 'profi'));
			await addShare(db, share(campaign.id, 'b', 'pppppppp', 59, 'umdenken'));
			await addShare(db, share(campaign.id, 'c', 'yyyyyyyy', 50, 'umdenken'));
			expect(await shareStats(db, campaign.id)).toEqual({
				count: 3,
				averagePercent: 70,
				perBand: { profi: 1, umdenken: 2 }
			});
			const counts = await answerCounts(db, campaign.id, 8);
			expect(counts[0]).toEqual({ ja: 1, jein: 1, nein: 1 });
			expect(counts[3]).toEqual({ ja: 2, jein: 1, nein: 0 });
		});

		it('deletes one share, and a campaign with everything in it', async () => {
			const { slug } = await createCampaign(db, input);
			const other = await createCampaign(db, { ...input, name: 'Other' });
			const campaign = (await findCampaign(db, slug))!;
			const otherCampaign = (await findCampaign(db, other.slug))!;
			await addShare(db, share(campaign.id, 'a'));
			await addShare(db, share(campaign.id, 'b'));
			await addShare(db, share(otherCampaign.id, 'a'));
			const [first] = await listShares(db, campaign.id);
			expect(await findShare(db, campaign.id, first!.id)).toMatchObject({ id: first!.id });
			expect(await findShare(db, otherCampaign.id, first!.id)).toBeUndefined();
			expect(await deleteShare(db, otherCampaign.id, first!.id)).toBe(false);
			expect(await deleteShare(db, campaign.id, first!.id)).toBe(true);
			expect(await listShares(db, campaign.id)).toHaveLength(1);
			expect(await findShare(db, campaign.id, first!.id)).toBeUndefined();
			await createSession(db, campaign.id);
			await deleteCampaign(db, campaign.id);
			expect(await findCampaign(db, slug)).toBeUndefined();
			expect(await listShares(db, campaign.id)).toHaveLength(0);
			expect(await listShares(db, otherCampaign.id)).toHaveLength(1);
		});

		it('keeps everything after closing and reopening the database', async () => {
			const { slug, key } = await createCampaign(db, input);
			const campaign = (await findCampaign(db, slug))!;
			await addShare(db, share(campaign.id, 'a'));
			db = await t.reopen();
			expect(await campaignForKey(db, slug, key)).toBeDefined();
			expect(await listShares(db, campaign.id)).toHaveLength(1);
		});
	});
});
