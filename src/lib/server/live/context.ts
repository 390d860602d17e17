import type { Kysely } from 'kysely';
import type { QuizContent } from '$lib/content';
import { quizById } from '../quizzes';
import { normalizeJoinCode } from '$lib/live/join-code';
import { publicCampaign } from '../campaign-context';
import { getDb, type DB } from '../db';
import type { LiveSession } from '../db/schema';
import { unknownWorkshop } from './errors';
import { sessionByCode } from './sessions';

export interface Workshop {
	db: Kysely<DB>;
	session: LiveSession;
	campaign: ReturnType<typeof publicCampaign>;
	quiz: QuizContent;
}

/** The session behind a join code in the URL; the friendly 404 (with the code field) otherwise. */
export async function sessionForCode(codeParam: string) {
	const code = normalizeJoinCode(codeParam);
	if (!code) unknownWorkshop();
	const db = await getDb();
	const session = await sessionByCode(db, code);
	if (!session) unknownWorkshop();
	return { db, session };
}

/**
 * The session behind a join code in the URL, with its campaign's public face and quiz; the
 * friendly 404 (with the code field) for anything else. Codes are read as people type them.
 */
export async function workshopByCode(codeParam: string): Promise<Workshop> {
	const { db, session } = await sessionForCode(codeParam);
	const campaign = await db
		.selectFrom('campaigns')
		.selectAll()
		.where('id', '=', session.campaign_id)
		.executeTakeFirst();
	const quiz = campaign && quizById(campaign.quiz_id);
	if (!campaign || !quiz) unknownWorkshop();
	return { db, session, campaign: publicCampaign(campaign), quiz };
}
