import type { Kysely, Transaction } from 'kysely';
import { randomBytes, randomInt } from 'node:crypto';
import { step, type PresenterAction } from '$lib/live/flow';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '$lib/live/join-code';
import type { MyAnswer } from '$lib/live/my-answers';
import { emptyCounts, type LiveState } from '$lib/live/state';
import type { Answer, QuizDefinition } from '$lib/quiz/types';
import type { DB, LiveSession } from '../db/schema';
import { answeredCount, closeSession, isAnswer, keepCounts, keptCounts, summaryOf } from './counts';

/** Answers per token never live longer than this, ended or not. */
export const SESSION_HOURS = 12;
/** One session takes at most this many participants (a room, not the internet). */
export const MAX_PARTICIPANTS = 1000;

function randomCode(): string {
	let code = '';
	for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
		code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
	}
	return code;
}

/** The campaign's session that still runs (not ended, not expired), if any. */
export async function runningSession(
	db: Kysely<DB>,
	campaignId: string,
	now = new Date()
): Promise<LiveSession | undefined> {
	return db
		.selectFrom('live_sessions')
		.selectAll()
		.where('campaign_id', '=', campaignId)
		.where('status', '!=', 'ended')
		.where('expires_at', '>', now.toISOString())
		.orderBy('created_at', 'desc')
		.executeTakeFirst();
}

/**
 * Opens a session for the campaign, or returns the one that already runs: a consultant has one
 * workshop at a time, and pressing "Workshop starten" twice must not open two.
 */
export async function startSession(
	db: Kysely<DB>,
	campaignId: string,
	now = new Date()
): Promise<LiveSession> {
	const running = await runningSession(db, campaignId, now);
	if (running) return running;
	for (let attempt = 0; ; attempt++) {
		const session: LiveSession = {
			id: randomBytes(16).toString('base64url'),
			campaign_id: campaignId,
			code: randomCode(),
			status: 'lobby',
			question: 0,
			round: 1,
			version: 1,
			joined: 0,
			created_at: now.toISOString(),
			expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
			ended_at: null
		};
		const inserted = await db
			.insertInto('live_sessions')
			.values(session)
			.onConflict((oc) => oc.column('code').doNothing())
			.executeTakeFirst();
		// A code already taken (one in 890 million per stored session) just draws again.
		if (Number(inserted.numInsertedOrUpdatedRows) === 1) return session;
		if (attempt >= 20) throw new Error('No free join code after 20 draws');
	}
}

export async function sessionById(db: Kysely<DB>, id: string) {
	return db.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function sessionByCode(db: Kysely<DB>, code: string) {
	return db.selectFrom('live_sessions').selectAll().where('code', '=', code).executeTakeFirst();
}

/** A campaign's sessions, newest first (for the workshop overview). */
export async function listSessions(db: Kysely<DB>, campaignId: string, limit = 20) {
	return db
		.selectFrom('live_sessions')
		.select(['id', 'code', 'status', 'joined', 'created_at', 'expires_at'])
		.where('campaign_id', '=', campaignId)
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
}

export function isExpired(session: Pick<LiveSession, 'status' | 'expires_at'>, now = new Date()) {
	return session.status !== 'ended' && session.expires_at <= now.toISOString();
}

/**
 * Takes the session's row lock for the rest of the transaction, by an update that changes
 * nothing, when the session still runs. Answers and the presenter's steps both pass through the
 * row, so on PostgreSQL a reveal waits for answers in flight and answers after it see it
 * (SQLite's write transactions are serial anyway). False when the session has ended or expired.
 */
async function lockSession(trx: Transaction<DB>, sessionId: string, now: Date): Promise<boolean> {
	const result = await trx
		.updateTable('live_sessions')
		.set((eb) => ({ joined: eb.ref('joined') }))
		.where('id', '=', sessionId)
		.where('status', '!=', 'ended')
		.where('expires_at', '>', now.toISOString())
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/**
 * A new participant: a random token, their only identity. Null when the session has ended,
 * expired or is full.
 */
export async function joinSession(
	db: Kysely<DB>,
	sessionId: string,
	now = new Date(),
	max = MAX_PARTICIPANTS
): Promise<string | null> {
	return db.transaction().execute(async (trx) => {
		const joined = await trx
			.updateTable('live_sessions')
			.set((eb) => ({ joined: eb('joined', '+', 1) }))
			.where('id', '=', sessionId)
			.where('status', '!=', 'ended')
			.where('expires_at', '>', now.toISOString())
			.where('joined', '<', max)
			.executeTakeFirst();
		if (Number(joined.numUpdatedRows) !== 1) return null;
		const token = randomBytes(16).toString('base64url');
		await trx.insertInto('live_participants').values({ token, session_id: sessionId }).execute();
		return token;
	});
}

/** True when the token joined this session (a token of another session is not). */
export async function isParticipant(
	db: Kysely<DB>,
	sessionId: string,
	token: string
): Promise<boolean> {
	const row = await db
		.selectFrom('live_participants')
		.select('token')
		.where('token', '=', token)
		.where('session_id', '=', sessionId)
		.executeTakeFirst();
	return row !== undefined;
}

export type AnswerOutcome = 'saved' | 'closed' | 'not-a-participant';

/**
 * Stores a participant's answer for one question and round, only while exactly that round is
 * open. Once per token and round: sent again it replaces the earlier answer.
 */
export async function submitAnswer(
	db: Kysely<DB>,
	input: { sessionId: string; token: string; question: number; round: number; answer: Answer },
	now = new Date()
): Promise<AnswerOutcome> {
	return db.transaction().execute(async (trx) => {
		const { sessionId, token, question, round, answer } = input;
		// An ended session has forgotten its participants: a late answer is "closed", not foreign.
		if (!(await lockSession(trx, sessionId, now))) return 'closed';
		const participant = await trx
			.selectFrom('live_participants')
			.select('token')
			.where('token', '=', token)
			.where('session_id', '=', sessionId)
			.executeTakeFirst();
		if (!participant) return 'not-a-participant';
		const current = await trx
			.selectFrom('live_sessions')
			.select(['status', 'question', 'round'])
			.where('id', '=', sessionId)
			.executeTakeFirstOrThrow();
		const open =
			current.status === 'open' &&
			Number(current.question) === question &&
			Number(current.round) === round;
		if (!open) return 'closed';
		await trx
			.insertInto('live_answers')
			.values({ token, session_id: sessionId, question, round, answer })
			.onConflict((oc) => oc.columns(['token', 'question', 'round']).doUpdateSet({ answer }))
			.execute();
		return 'saved';
	});
}

/** A participant's own answers while the session runs (gone after the end). */
export async function answersOf(
	db: Kysely<DB>,
	sessionId: string,
	token: string
): Promise<MyAnswer[]> {
	const rows = await db
		.selectFrom('live_answers')
		.select(['question', 'round', 'answer'])
		.where('session_id', '=', sessionId)
		.where('token', '=', token)
		.execute();
	return rows
		.filter((r) => isAnswer(r.answer))
		.map((r) => ({
			question: Number(r.question),
			round: Number(r.round),
			answer: r.answer as Answer
		}));
}

/**
 * The presenter's step. `expectedVersion` is the state the presenter saw: a button pressed twice,
 * or in two tabs, moves the session once (the second press finds a newer version and does
 * nothing). Returns true when the session moved.
 */
export async function advance(
	db: Kysely<DB>,
	session: Pick<LiveSession, 'id'>,
	action: PresenterAction,
	expectedVersion: number,
	quiz: QuizDefinition,
	now = new Date()
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const current = await sessionById(trx, session.id);
		if (!current || current.version !== expectedVersion) return false;
		if (isExpired(current, now)) {
			await endInTransaction(trx, current, quiz, now);
			return false;
		}
		const next = step(current, action, quiz.questions.length);
		if (!next) return false;
		if (next.status === 'ended') return endInTransaction(trx, current, quiz, now);
		const moved = await trx
			.updateTable('live_sessions')
			.set({
				status: next.status,
				question: next.question,
				round: next.round,
				version: current.version + 1
			})
			.where('id', '=', current.id)
			.where('version', '=', current.version)
			.executeTakeFirst();
		if (Number(moved.numUpdatedRows) !== 1) return false;
		if (next.status === 'revealed') await keepCounts(trx, current.id, next.question, next.round);
		return true;
	});
}

async function endInTransaction(
	trx: Transaction<DB>,
	current: LiveSession,
	quiz: QuizDefinition,
	now: Date
): Promise<boolean> {
	const ended = await trx
		.updateTable('live_sessions')
		.set({ status: 'ended', version: current.version + 1, ended_at: now.toISOString() })
		.where('id', '=', current.id)
		.where('version', '=', current.version)
		.where('status', '!=', 'ended')
		.executeTakeFirst();
	if (Number(ended.numUpdatedRows) !== 1) return false;
	// A round still open at the end counts as it stands.
	if (current.status === 'open') await keepCounts(trx, current.id, current.question, current.round);
	await closeSession(trx, current.id, quiz);
	return true;
}

/** Ends a session now, whatever its state (used for sessions past their 12 hours). */
export async function endSession(
	db: Kysely<DB>,
	sessionId: string,
	quiz: QuizDefinition,
	now = new Date()
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const current = await sessionById(trx, sessionId);
		if (!current || current.status === 'ended') return false;
		return endInTransaction(trx, current, quiz, now);
	});
}

/**
 * Ends every session past its 12 hours, so answers per token never outlive them. Returns the
 * ids of the sessions it ended.
 */
export async function sweepExpired(
	db: Kysely<DB>,
	quizFor: (quizId: string) => QuizDefinition | undefined,
	now = new Date()
): Promise<string[]> {
	const expired = await db
		.selectFrom('live_sessions')
		.innerJoin('campaigns', 'campaigns.id', 'live_sessions.campaign_id')
		.select(['live_sessions.id', 'campaigns.quiz_id'])
		.where('live_sessions.status', '!=', 'ended')
		.where('live_sessions.expires_at', '<=', now.toISOString())
		.execute();
	const ended: string[] = [];
	for (const { id, quiz_id } of expired) {
		const quiz = quizFor(quiz_id);
		if (quiz && (await endSession(db, id, quiz, now))) ended.push(id);
	}
	return ended;
}

/**
 * The state everyone sees (see LiveState): the distribution only once a round is revealed, the
 * summary only after the end. A session past its 12 hours is ended first.
 */
export async function readState(
	db: Kysely<DB>,
	session: LiveSession,
	quiz: QuizDefinition,
	now = new Date()
): Promise<LiveState> {
	if (isExpired(session, now)) {
		await endSession(db, session.id, quiz, now);
		const reread = await sessionById(db, session.id);
		if (reread) session = reread;
	}
	const base = {
		version: Number(session.version),
		status: session.status,
		question: Number(session.question),
		round: Number(session.round),
		joined: Number(session.joined),
		answered: 0,
		rounds: null,
		summary: null
	};
	const count = quiz.questions.length;
	switch (session.status) {
		case 'lobby':
			return base;
		case 'open':
			return {
				...base,
				answered: await answeredCount(db, session.id, base.question, base.round)
			};
		case 'revealed': {
			const rounds = (await keptCounts(db, session.id, count))[base.question] ?? [];
			const current = rounds[base.round - 1] ?? emptyCounts();
			return {
				...base,
				answered: current.ja + current.jein + current.nein,
				rounds: rounds.slice(0, base.round)
			};
		}
		case 'ended':
			return { ...base, summary: await summaryOf(db, session.id, count) };
	}
}
