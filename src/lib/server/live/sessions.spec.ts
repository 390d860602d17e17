import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import { JOIN_CODE_ALPHABET } from '$lib/live/join-code';
import type { Answer } from '$lib/quiz/types';
import { createCampaign, deleteCampaign, findCampaign } from '../campaigns';
import type { DB } from '../db/schema';
import { backends, createTestDb } from '../db/test-db';
import {
	advance,
	answersOf,
	isParticipant,
	joinSession,
	readState,
	runningSession,
	sessionById,
	startSession,
	submitAnswer,
	sweepExpired
} from './sessions';

const quiz = defaultQuiz;

describe.each(backends)('workshop sessions on %s', (backend) => {
	let t: Awaited<ReturnType<typeof createTestDb>>;
	let db: Kysely<DB>;
	let campaignId: string;

	beforeEach(async () => {
		t = await createTestDb(backend);
		db = t.db;
		const { slug } = await createCampaign(db, {
			quizId: quiz.id,
			name: 'Anna Beispiel',
			welcome: null,
			contactUrl: null,
			accent: null
		});
		campaignId = (await findCampaign(db, slug))!.id;
	});
	afterEach(async () => {
		await t.cleanup();
	});

	/** The presenter's step from the state as it is now. */
	async function press(sessionId: string, action: Parameters<typeof advance>[2]) {
		const session = (await sessionById(db, sessionId))!;
		return advance(db, session, action, session.version, quiz);
	}

	async function state(sessionId: string) {
		return readState(db, (await sessionById(db, sessionId))!, quiz);
	}

	const answer = (sessionId: string, token: string, a: Answer, question = 0, round = 1) =>
		submitAnswer(db, { sessionId, token, question, round, answer: a });

	it('opens one session per campaign at a time, with a six-character code without look-alikes', async () => {
		const session = await startSession(db, campaignId);
		expect(session.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
		expect(session.id.length).toBeGreaterThanOrEqual(22);
		expect((await startSession(db, campaignId)).id).toBe(session.id);
		expect((await runningSession(db, campaignId))?.id).toBe(session.id);
		await press(session.id, 'end');
		expect(await runningSession(db, campaignId)).toBeUndefined();
		expect((await startSession(db, campaignId)).id).not.toBe(session.id);
	});

	it('joins participants with random tokens and counts them; a token of another session is not one', async () => {
		const session = await startSession(db, campaignId);
		const a = (await joinSession(db, session.id))!;
		const b = (await joinSession(db, session.id))!;
		expect(a).not.toBe(b);
		expect((await state(session.id)).joined).toBe(2);
		expect(await isParticipant(db, session.id, a)).toBe(true);

		const { slug } = await createCampaign(db, {
			quizId: quiz.id,
			name: 'Ben',
			welcome: null,
			contactUrl: null,
			accent: null
		});
		const other = await startSession(db, (await findCampaign(db, slug))!.id);
		const stranger = (await joinSession(db, other.id))!;
		expect(await isParticipant(db, session.id, stranger)).toBe(false);
		await press(session.id, 'show');
		expect(await answer(session.id, stranger, 'ja')).toBe('not-a-participant');
		expect((await state(session.id)).answered).toBe(0);
	});

	it('stops taking participants when full or ended', async () => {
		const session = await startSession(db, campaignId);
		expect(await joinSession(db, session.id, new Date(), 2)).not.toBeNull();
		expect(await joinSession(db, session.id, new Date(), 2)).not.toBeNull();
		expect(await joinSession(db, session.id, new Date(), 2)).toBeNull();
		await press(session.id, 'end');
		expect(await joinSession(db, session.id)).toBeNull();
	});

	it('counts one answer per token and round; sent again it replaces the first', async () => {
		const session = await startSession(db, campaignId);
		const token = (await joinSession(db, session.id))!;
		expect(await answer(session.id, token, 'ja')).toBe('closed'); // nothing shown yet
		await press(session.id, 'show');
		expect(await answer(session.id, token, 'ja')).toBe('saved');
		expect(await answer(session.id, token, 'ja')).toBe('saved');
		expect(await answer(session.id, token, 'nein')).toBe('saved');
		// An answer for a question that is not the one shown is not taken.
		expect(await answer(session.id, token, 'ja', 1)).toBe('closed');
		const open = await state(session.id);
		expect(open).toMatchObject({ status: 'open', answered: 1, joined: 1 });
		// Before the reveal: the count only, never the distribution.
		expect(open.rounds).toBeNull();
		expect(await answersOf(db, session.id, token)).toEqual([
			{ question: 0, round: 1, answer: 'nein' }
		]);
	});

	it('reveals exact counts, closes the voting, and compares a second round with the first', async () => {
		const session = await startSession(db, campaignId);
		const tokens = await Promise.all([1, 2, 3, 4].map(() => joinSession(db, session.id)));
		await press(session.id, 'show');
		const first: Answer[] = ['ja', 'ja', 'jein', 'nein'];
		for (const [i, token] of tokens.entries()) await answer(session.id, token!, first[i]!);
		expect(await press(session.id, 'reveal')).toBe(true);
		expect(await answer(session.id, tokens[0]!, 'nein')).toBe('closed');
		let revealed = await state(session.id);
		expect(revealed.rounds).toEqual([{ ja: 2, jein: 1, nein: 1 }]);
		expect(revealed.answered).toBe(4);

		await press(session.id, 'again');
		expect((await state(session.id)).rounds).toBeNull();
		const second: Answer[] = ['nein', 'nein', 'nein'];
		for (const [i, token] of tokens.slice(0, 3).entries()) {
			await answer(session.id, token!, second[i]!, 0, 2);
		}
		await press(session.id, 'reveal');
		revealed = await state(session.id);
		expect(revealed.rounds).toEqual([
			{ ja: 2, jein: 1, nein: 1 },
			{ ja: 0, jein: 0, nein: 3 }
		]);
		expect(await press(session.id, 'again')).toBe(false); // two rounds at most
	});

	it('moves once when a step is sent twice (a double click, two tabs)', async () => {
		const session = await startSession(db, campaignId);
		await press(session.id, 'show');
		await press(session.id, 'reveal');
		const seen = (await sessionById(db, session.id))!;
		expect(await advance(db, seen, 'next', seen.version, quiz)).toBe(true);
		expect(await advance(db, seen, 'next', seen.version, quiz)).toBe(false);
		expect(await state(session.id)).toMatchObject({ status: 'open', question: 1, round: 1 });
	});

	it('keeps only counts after the end: answers and tokens are gone, bands from complete participants', async () => {
		const session = await startSession(db, campaignId);
		const author = (await joinSession(db, session.id))!;
		const late = (await joinSession(db, session.id))!;
		await press(session.id, 'show');
		for (let q = 0; q < quiz.questions.length; q++) {
			if (q > 0) await press(session.id, 'next');
			// Round 1 Ja for everyone, then the author's answer in round 2 (it counts: the latest).
			await answer(session.id, author, 'ja', q);
			if (q >= 6) await answer(session.id, late, quiz.questions[q]!.verdict.answer, q);
			await press(session.id, 'reveal');
			await press(session.id, 'again');
			await answer(session.id, author, quiz.questions[q]!.verdict.answer, q, 2);
			await press(session.id, 'reveal');
		}
		await press(session.id, 'end');
		const ended = await state(session.id);
		expect(ended.status).toBe('ended');
		expect(ended.joined).toBe(2);
		expect(ended.summary?.bands).toEqual({ profi: 1 });
		expect(ended.summary?.percentSum).toBe(100);
		expect(ended.summary?.questions[7]).toEqual([
			{ ja: 2, jein: 0, nein: 0 },
			{ ja: 1, jein: 0, nein: 0 }
		]);
		const left = async (table: 'live_answers' | 'live_participants') =>
			(
				await db
					.selectFrom(table)
					.select('session_id')
					.where('session_id', '=', session.id)
					.execute()
			).length;
		expect(await left('live_answers')).toBe(0);
		expect(await left('live_participants')).toBe(0);
		expect(await answer(session.id, author, 'ja', 7, 2)).toBe('closed');
	});

	it('counts a round still open at the end as it stands', async () => {
		const session = await startSession(db, campaignId);
		const token = (await joinSession(db, session.id))!;
		await press(session.id, 'show');
		await answer(session.id, token, 'jein');
		await press(session.id, 'end');
		expect((await state(session.id)).summary?.questions[0]).toEqual([{ ja: 0, jein: 1, nein: 0 }]);
	});

	it('ends a session after 12 hours: on the next look, and by the sweep', async () => {
		const started = new Date(Date.now() - 13 * 3600_000);
		const session = await startSession(db, campaignId, started);
		const token = (await joinSession(db, session.id, started))!;
		await advance(db, session, 'show', session.version, quiz, started);
		await submitAnswer(
			db,
			{ sessionId: session.id, token, question: 0, round: 1, answer: 'ja' },
			started
		);
		expect(await runningSession(db, campaignId)).toBeUndefined();
		expect(await joinSession(db, session.id)).toBeNull();
		expect(await sweepExpired(db, () => quiz)).toEqual([session.id]);
		expect(await sweepExpired(db, () => quiz)).toEqual([]);
		const ended = await state(session.id);
		expect(ended.status).toBe('ended');
		expect(ended.summary?.questions[0]).toEqual([{ ja: 1, jein: 0, nein: 0 }]);
		expect(await answersOf(db, session.id, token)).toEqual([]);
	});

	it('goes with its campaign', async () => {
		const session = await startSession(db, campaignId);
		const token = (await joinSession(db, session.id))!;
		await press(session.id, 'show');
		await answer(session.id, token, 'ja');
		await press(session.id, 'reveal');
		await deleteCampaign(db, campaignId);
		expect(await sessionById(db, session.id)).toBeUndefined();
		expect(await db.selectFrom('live_counts').selectAll().execute()).toEqual([]);
	});

	it('counts every answer that was confirmed, and none that was refused, when the reveal comes in between', async () => {
		const session = await startSession(db, campaignId);
		const tokens: string[] = [];
		for (let i = 0; i < 60; i++) tokens.push((await joinSession(db, session.id))!);
		await press(session.id, 'show');
		const seen = (await sessionById(db, session.id))!;
		// Half the answers are sent before the reveal, half right after, all without waiting.
		const vote = (token: string, i: number) =>
			answer(session.id, token, (['ja', 'jein', 'nein'] as const)[i % 3] as Answer);
		const before = tokens.slice(0, 30).map(vote);
		const reveal = advance(db, seen, 'reveal', seen.version, quiz);
		const after = tokens.slice(30).map(vote);
		const outcomes = await Promise.all([...before, ...after]);
		expect(await reveal).toBe(true);
		const saved = outcomes.filter((o) => o === 'saved').length;
		const closed = outcomes.filter((o) => o === 'closed').length;
		expect(saved + closed).toBe(60);
		expect(saved).toBeGreaterThan(0);
		expect(closed).toBeGreaterThan(0);
		const counts = (await state(session.id)).rounds?.[0];
		expect(counts!.ja + counts!.jein + counts!.nein).toBe(saved);
	});
});
