import type { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import type { QuizDefinition } from '$lib/quiz/types';
import type { DB } from '../db/schema';
import { QuizFileError, type QuizSet } from './load';

/**
 * What a share code's meaning rests on: the questions in their order, each verdict (answer and
 * kind, which set the credit), and the bands (which name the result). Texts may change freely;
 * any change here needs a new `version`, or old codes would be read against new rules.
 */
export function scoringFingerprint(quiz: QuizDefinition): string {
	const relevant = {
		questions: quiz.questions.map((q) => [q.id, q.verdict.answer, q.verdict.kind]),
		bands: [...quiz.bands]
			.sort((a, b) => b.minPercent - a.minPercent)
			.map((b) => [b.id, b.minPercent])
	};
	return createHash('sha256').update(JSON.stringify(relevant)).digest('hex');
}

/**
 * Keeps share codes honest across restarts: records each quiz version's fingerprint the first
 * time it is served, and refuses (a QuizFileError naming the quiz and its file) a quiz whose
 * questions, verdicts or bands changed while its version stayed. Safe with several instances
 * starting at once: the first fingerprint of a version wins, the others compare against it.
 */
export async function checkFingerprints(db: Kysely<DB>, quizzes: QuizSet, now = new Date()) {
	const changed: string[] = [];
	for (const quiz of quizzes.all) {
		const fingerprint = scoringFingerprint(quiz);
		await db
			.insertInto('quiz_fingerprints')
			.values({
				quiz_id: quiz.id,
				quiz_version: quiz.version,
				fingerprint,
				recorded_on: now.toISOString().slice(0, 10)
			})
			.onConflict((oc) => oc.columns(['quiz_id', 'quiz_version']).doNothing())
			.execute();
		const stored = await db
			.selectFrom('quiz_fingerprints')
			.select('fingerprint')
			.where('quiz_id', '=', quiz.id)
			.where('quiz_version', '=', quiz.version)
			.executeTakeFirstOrThrow();
		if (stored.fingerprint !== fingerprint) {
			changed.push(
				`${quizzes.fileOf(quiz.id)}: version: quiz "${quiz.id}" changed its questions, verdicts or bands since version ${quiz.version} was first served. Raise "version" to ${quiz.version + 1}: share codes of version ${quiz.version} then open as outdated (list ${quiz.version} in "compatibleVersions" only if they still read right).`
			);
		}
	}
	if (changed.length) {
		throw new QuizFileError(`Quiz changed without a new version:\n${changed.join('\n')}`);
	}
}
