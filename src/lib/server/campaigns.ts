import slugify from '@sindresorhus/slugify';
import type { Kysely } from 'kysely';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Address } from '$lib/content';
import type { Answer } from '$lib/quiz/types';
import type { Campaign, DB, Share } from './db/schema';
import { hashSecret, newSecret, secretMatches } from './secrets';
import { changeCounts, today } from './shares';

/** `anna-beispiel-7kq2mx`: readable from the name, unguessable by the random part. */
export function makeSlug(name: string): string {
	const base = slugify(name, { customReplacements: [['&', ' und ']] })
		.slice(0, 40)
		.replace(/-+$/, '');
	const random = randomBytes(5).readUIntBE(0, 5).toString(36).padStart(6, '0').slice(-6);
	return base ? `${base}-${random}` : random;
}

/** What the consultant enters: the same fields when creating and when editing. */
export interface CampaignDetails {
	name: string;
	/** Optional here too, so callers written before it existed still compile. */
	organisation?: string | null;
	welcome: string | null;
	contactUrl: string | null;
	accent: string | null;
	/** Origins that may frame the quiz, space-separated as the form stores them (embed-origins.ts). */
	embedOrigins?: string | null;
	/** How German texts address the participants; optional here too (old callers: du). */
	address?: Address;
	/**
	 * The consultant's notes per question id (only those with text). When given, they replace
	 * the stored ones; when left out, the stored ones stay.
	 */
	notes?: Record<string, string>;
}

export interface CampaignInput extends CampaignDetails {
	quizId: string;
}

/** Creates a campaign. Returns its slug and the dashboard key, which exists only in this answer. */
export async function createCampaign(db: Kysely<DB>, input: CampaignInput) {
	const key = newSecret();
	const slug = makeSlug(input.name);
	const id = randomUUID();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('campaigns')
			.values({
				id,
				slug,
				quiz_id: input.quizId,
				name: input.name,
				organisation: input.organisation ?? null,
				welcome: input.welcome,
				contact_url: input.contactUrl,
				accent: input.accent,
				address: input.address ?? 'du',
				embed_origins: input.embedOrigins ?? null,
				key_hash: hashSecret(key),
				created_on: today()
			})
			.execute();
		if (input.notes) await replaceNotes(trx, id, input.notes);
	});
	return { slug, key };
}

/** The consultant's notes: the given ones, and no others. */
async function replaceNotes(db: Kysely<DB>, campaignId: string, notes: Record<string, string>) {
	await db.deleteFrom('campaign_notes').where('campaign_id', '=', campaignId).execute();
	const rows = Object.entries(notes)
		.filter(([, note]) => note !== '')
		.map(([question_id, note]) => ({ campaign_id: campaignId, question_id, note }));
	if (rows.length) await db.insertInto('campaign_notes').values(rows).execute();
}

/** The consultant's notes of a campaign, by question id. */
export async function campaignNotes(
	db: Kysely<DB>,
	campaignId: string
): Promise<Record<string, string>> {
	const rows = await db
		.selectFrom('campaign_notes')
		.select(['question_id', 'note'])
		.where('campaign_id', '=', campaignId)
		.execute();
	return Object.fromEntries(rows.map((r) => [r.question_id, r.note]));
}

/**
 * Slugs are what makeSlug writes: lower-case letters, digits and dashes. Anything else in the
 * address (a NUL byte, which PostgreSQL refuses to compare, or an overlong string) is not asked.
 */
const SLUG = /^[a-z0-9-]{1,64}$/;

export async function findCampaign(db: Kysely<DB>, slug: string): Promise<Campaign | undefined> {
	if (!SLUG.test(slug)) return undefined;
	return db.selectFrom('campaigns').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/**
 * Changes what participants see. The slug stays: links and QR codes already handed out keep
 * working after a rename.
 */
export async function updateCampaign(
	db: Kysely<DB>,
	campaignId: string,
	details: CampaignDetails
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('campaigns')
			.set({
				name: details.name,
				organisation: details.organisation ?? null,
				welcome: details.welcome,
				contact_url: details.contactUrl,
				accent: details.accent,
				embed_origins: details.embedOrigins ?? null,
				...(details.address ? { address: details.address } : {})
			})
			.where('id', '=', campaignId)
			.execute();
		if (details.notes) await replaceNotes(trx, campaignId, details.notes);
	});
}

/** The campaign when `key` is its dashboard key; otherwise undefined (wrong key and unknown slug alike). */
export async function campaignForKey(db: Kysely<DB>, slug: string, key: string) {
	const campaign = await findCampaign(db, slug);
	return campaign && secretMatches(key, campaign.key_hash) ? campaign : undefined;
}

/** A new dashboard key; the old one and every open dashboard session stop working. */
export async function renewKey(db: Kysely<DB>, campaignId: string): Promise<string> {
	const key = newSecret();
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('campaigns')
			.set({ key_hash: hashSecret(key) })
			.where('id', '=', campaignId)
			.execute();
		await trx.deleteFrom('dashboard_sessions').where('campaign_id', '=', campaignId).execute();
	});
	return key;
}

/** Deletes a campaign with all its shares and sessions. */
export async function deleteCampaign(db: Kysely<DB>, campaignId: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('dashboard_sessions').where('campaign_id', '=', campaignId).execute();
		await trx.deleteFrom('shares').where('campaign_id', '=', campaignId).execute();
		await trx.deleteFrom('campaign_answer_counts').where('campaign_id', '=', campaignId).execute();
		await trx.deleteFrom('campaign_band_counts').where('campaign_id', '=', campaignId).execute();
		await trx.deleteFrom('campaign_notes').where('campaign_id', '=', campaignId).execute();
		await trx.deleteFrom('campaigns').where('id', '=', campaignId).execute();
	});
}

const SESSION_HOURS = 12;

/** Opens a dashboard session; returns the cookie value (only its hash is stored). */
export async function createSession(
	db: Kysely<DB>,
	campaignId: string,
	now = new Date()
): Promise<string> {
	const id = newSecret();
	const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
	await db
		.insertInto('dashboard_sessions')
		.values({ id_hash: hashSecret(id), campaign_id: campaignId, expires_at: expires.toISOString() })
		.execute();
	// Expired sessions are swept whenever a new one opens.
	await db.deleteFrom('dashboard_sessions').where('expires_at', '<', now.toISOString()).execute();
	return id;
}

/** True when the cookie value opens this campaign's dashboard and has not expired. */
export async function sessionValid(
	db: Kysely<DB>,
	campaignId: string,
	cookie: string,
	now = new Date()
) {
	const row = await db
		.selectFrom('dashboard_sessions')
		.select('expires_at')
		.where('id_hash', '=', hashSecret(cookie))
		.where('campaign_id', '=', campaignId)
		.executeTakeFirst();
	return row !== undefined && row.expires_at > now.toISOString();
}

export { addShare, addShares, today, type ShareInput } from './shares';

export async function hasShare(
	db: Kysely<DB>,
	campaignId: string,
	token: string
): Promise<boolean> {
	const row = await db
		.selectFrom('shares')
		.select('id')
		.where('campaign_id', '=', campaignId)
		.where('token', '=', token)
		.executeTakeFirst();
	return row !== undefined;
}

/** Deletes one share of the campaign, and takes it out of the campaign's counts. */
export async function deleteShare(
	db: Kysely<DB>,
	campaignId: string,
	shareId: string
): Promise<boolean> {
	if (!SHARE_ID.test(shareId)) return false;
	return db.transaction().execute(async (trx) => {
		const deleted = await trx
			.deleteFrom('shares')
			.where('campaign_id', '=', campaignId)
			.where('id', '=', shareId)
			.returning(['answers', 'band', 'percent'])
			.executeTakeFirst();
		if (deleted) await changeCounts(trx, [{ ...deleted, campaignId }], -1);
		return deleted !== undefined;
	});
}

/** Share ids are random UUIDs; anything else in an address is not looked up. */
const SHARE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One share of the campaign (for the confirmation before deleting it), or undefined. */
export async function findShare(
	db: Kysely<DB>,
	campaignId: string,
	shareId: string
): Promise<ShareRow | undefined> {
	if (!SHARE_ID.test(shareId)) return undefined;
	return db
		.selectFrom('shares')
		.select(['id', 'alias', 'day', 'percent', 'band', 'code', 'answers'])
		.where('campaign_id', '=', campaignId)
		.where('id', '=', shareId)
		.executeTakeFirst();
}

export type ShareRow = Pick<
	Share,
	'id' | 'alias' | 'day' | 'percent' | 'band' | 'code' | 'answers'
>;

/** A campaign's shares, newest day first (within a day in no meaningful order). */
export async function listShares(
	db: Kysely<DB>,
	campaignId: string,
	limit?: number
): Promise<ShareRow[]> {
	return sharesQuery(db, campaignId, limit).execute();
}

/** listShares' query, apart so that a test can ask the database how it runs it. */
export function sharesQuery(db: Kysely<DB>, campaignId: string, limit?: number) {
	const query = db
		.selectFrom('shares')
		.select(['id', 'alias', 'day', 'percent', 'band', 'code', 'answers'])
		.where('campaign_id', '=', campaignId)
		// Within a day the order is arbitrary (ids are random); both descending, so the index on
		// (campaign, day, id) serves the order and the limit without sorting.
		.orderBy('day', 'desc')
		.orderBy('id', 'desc');
	return limit === undefined ? query : query.limit(limit);
}

/** Count, average percent and count per band, from the running counts. */
export async function shareStats(db: Kysely<DB>, campaignId: string) {
	const bands = await db
		.selectFrom('campaign_band_counts')
		.select(['band', 'count', 'percent_sum'])
		.where('campaign_id', '=', campaignId)
		.where('count', '>', 0)
		.execute();
	const count = bands.reduce((sum, b) => sum + Number(b.count), 0);
	const percentSum = bands.reduce((sum, b) => sum + Number(b.percent_sum), 0);
	return {
		count,
		averagePercent: count === 0 ? null : Math.round(percentSum / count),
		perBand: Object.fromEntries(bands.map((b) => [b.band, Number(b.count)])) as Record<
			string,
			number
		>
	};
}

/** How often each answer was given per question, from the running counts. */
export async function answerCounts(db: Kysely<DB>, campaignId: string, questionCount: number) {
	const rows = await db
		.selectFrom('campaign_answer_counts')
		.select(['question', 'answer', 'count'])
		.where('campaign_id', '=', campaignId)
		.execute();
	const counts: Record<Answer, number>[] = Array.from({ length: questionCount }, () => ({
		ja: 0,
		jein: 0,
		nein: 0
	}));
	for (const row of rows) {
		const question = counts[Number(row.question)];
		if (question && row.answer in question) question[row.answer as Answer] = Number(row.count);
	}
	return counts;
}
