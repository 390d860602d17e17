import type { Kysely, Transaction } from 'kysely';
import { latestAnswers, type MyAnswer } from '$lib/live/my-answers';
import { emptyCounts, type Counts, type LiveSummary } from '$lib/live/state';
import { scoreAnswers } from '$lib/quiz/scoring';
import { ANSWERS, type Answer, type QuizDefinition } from '$lib/quiz/types';
import type { DB } from '../db/schema';

// A workshop's counts: of a running round, kept when a round is revealed, and what remains of a
// session once it ends (counts per question and round, the number per band).

export const isAnswer = (value: string): value is Answer =>
	(ANSWERS as readonly string[]).includes(value);

/** Counts of one round from the answers themselves. */
async function countRound(
	trx: Kysely<DB>,
	sessionId: string,
	question: number,
	round: number
): Promise<Counts> {
	const rows = await trx
		.selectFrom('live_answers')
		.select(['answer', (eb) => eb.fn.countAll<number | string>().as('n')])
		.where('session_id', '=', sessionId)
		.where('question', '=', question)
		.where('round', '=', round)
		.groupBy('answer')
		.execute();
	const counts = emptyCounts();
	for (const row of rows) if (isAnswer(row.answer)) counts[row.answer] = Number(row.n);
	return counts;
}

/** Keeps a round's counts: what remains of it after the end. */
export async function keepCounts(
	trx: Transaction<DB>,
	sessionId: string,
	question: number,
	round: number
) {
	const counts = await countRound(trx, sessionId, question, round);
	await trx
		.insertInto('live_counts')
		.values(
			ANSWERS.map((answer) => ({
				session_id: sessionId,
				question,
				round,
				answer,
				count: counts[answer]
			}))
		)
		.onConflict((oc) =>
			oc
				.columns(['session_id', 'question', 'round', 'answer'])
				.doUpdateSet((eb) => ({ count: eb.ref('excluded.count') }))
		)
		.execute();
}

/**
 * Scores every participant who answered all questions (each with the answer of their latest
 * round), keeps only the number per band and the sum of percents, and deletes the participants
 * and their answers.
 */
export async function closeSession(trx: Transaction<DB>, sessionId: string, quiz: QuizDefinition) {
	const rows = await trx
		.selectFrom('live_answers')
		.select(['token', 'question', 'round', 'answer'])
		.where('session_id', '=', sessionId)
		.execute();
	const byToken = new Map<string, MyAnswer[]>();
	for (const row of rows) {
		if (!isAnswer(row.answer)) continue;
		const list = byToken.get(row.token) ?? [];
		list.push({ question: Number(row.question), round: Number(row.round), answer: row.answer });
		byToken.set(row.token, list);
	}
	const bands = new Map<string, { count: number; sum: number }>();
	for (const mine of byToken.values()) {
		const answers = latestAnswers(mine, quiz.questions.length);
		if (answers.some((a) => a === null)) continue;
		const score = scoreAnswers(quiz, answers as Answer[]);
		const band = bands.get(score.bandId) ?? { count: 0, sum: 0 };
		band.count += 1;
		band.sum += score.percent;
		bands.set(score.bandId, band);
	}
	if (bands.size > 0) {
		await trx
			.insertInto('live_band_counts')
			.values(
				[...bands].map(([band, { count, sum }]) => ({
					session_id: sessionId,
					band,
					count,
					percent_sum: sum
				}))
			)
			.execute();
	}
	await trx.deleteFrom('live_answers').where('session_id', '=', sessionId).execute();
	await trx.deleteFrom('live_participants').where('session_id', '=', sessionId).execute();
}

/** Answers given so far in a round. */
export async function answeredCount(
	db: Kysely<DB>,
	sessionId: string,
	question: number,
	round: number
): Promise<number> {
	const row = await db
		.selectFrom('live_answers')
		.select((eb) => eb.fn.countAll<number | string>().as('n'))
		.where('session_id', '=', sessionId)
		.where('question', '=', question)
		.where('round', '=', round)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** The kept counts of a session (revealed rounds), per question and round. */
export async function keptCounts(db: Kysely<DB>, sessionId: string, questionCount: number) {
	const rows = await db
		.selectFrom('live_counts')
		.select(['question', 'round', 'answer', 'count'])
		.where('session_id', '=', sessionId)
		.execute();
	const questions: Counts[][] = Array.from({ length: questionCount }, () => []);
	for (const row of rows) {
		const rounds = questions[Number(row.question)];
		if (!rounds || !isAnswer(row.answer)) continue;
		const r = Number(row.round) - 1;
		for (let i = rounds.length; i <= r; i++) rounds.push(emptyCounts());
		(rounds[r] as Counts)[row.answer] = Number(row.count);
	}
	return questions;
}

export async function summaryOf(db: Kysely<DB>, sessionId: string, questionCount: number) {
	const [questions, bands] = await Promise.all([
		keptCounts(db, sessionId, questionCount),
		db
			.selectFrom('live_band_counts')
			.select(['band', 'count', 'percent_sum'])
			.where('session_id', '=', sessionId)
			.execute()
	]);
	return {
		questions,
		bands: Object.fromEntries(bands.map((b) => [b.band, Number(b.count)])),
		percentSum: bands.reduce((sum, b) => sum + Number(b.percent_sum), 0)
	} satisfies LiveSummary;
}
