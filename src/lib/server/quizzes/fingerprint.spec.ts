import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultQuiz, type QuizContent } from '$lib/content';
import type { DB } from '../db/schema';
import { backends, createTestDb } from '../db/test-db';
import { checkFingerprints, scoringFingerprint } from './fingerprint';
import { QuizFileError, type QuizSet } from './load';

/** A set of one quiz, as loadQuizzes gives it. */
const setOf = (quiz: QuizContent): QuizSet => ({
	all: [quiz],
	default: quiz,
	byId: (id) => (id === quiz.id ? quiz : undefined),
	fileOf: () => 'quizzes/social-media.yaml'
});

/** The article's quiz with a change, as an editor might make it. */
function changed(change: (quiz: QuizContent) => void): QuizContent {
	const quiz = structuredClone(defaultQuiz);
	change(quiz);
	return quiz;
}

describe('scoringFingerprint', () => {
	it('changes with the questions, their order, a verdict and the bands', () => {
		const base = scoringFingerprint(defaultQuiz);
		const variants = [
			changed((q) => q.questions.reverse()),
			changed((q) => q.questions.pop()),
			changed((q) => (q.questions[0]!.verdict.answer = 'ja')),
			changed((q) => (q.questions[0]!.verdict.kind = 'emphatic')),
			changed((q) => (q.bands[0]!.minPercent = 80)),
			changed((q) => (q.bands[1]!.id = 'weg'))
		];
		for (const quiz of variants) expect(scoringFingerprint(quiz)).not.toBe(base);
	});

	it('stays with the texts, the Sie forms and the order in which bands are listed', () => {
		const base = scoringFingerprint(defaultQuiz);
		const texts = changed((q) => {
			q.questions[0]!.summary.de = 'Anders gesagt.';
			q.questions[0]!.takeaway['de-sie'] = 'Anders gesagt, per Sie.';
			q.bands[0]!.name.en = 'Pro';
			q.bands.reverse();
		});
		expect(scoringFingerprint(texts)).toBe(base);
	});
});

describe.each(backends)('the fingerprints on %s', (backend) => {
	let t: Awaited<ReturnType<typeof createTestDb>>;
	let db: Kysely<DB>;
	beforeEach(async () => {
		t = await createTestDb(backend);
		db = t.db;
	});
	afterEach(async () => {
		await t.cleanup();
	});

	const refusal = async (quiz: QuizContent) => {
		try {
			await checkFingerprints(db, setOf(quiz));
		} catch (error) {
			expect(error).toBeInstanceOf(QuizFileError);
			return (error as Error).message;
		}
		return null;
	};

	it('are recorded at the first start and pass at the next', async () => {
		await checkFingerprints(db, setOf(defaultQuiz), new Date('2026-11-28T10:00:00Z'));
		expect(await db.selectFrom('quiz_fingerprints').selectAll().execute()).toEqual([
			{
				quiz_id: 'social-media',
				quiz_version: 1,
				fingerprint: scoringFingerprint(defaultQuiz),
				recorded_on: '2026-11-28'
			}
		]);
		expect(await refusal(defaultQuiz)).toBeNull();
		// New texts are no new meaning.
		expect(await refusal(changed((q) => (q.questions[2]!.gist!.de = 'Neu gesagt.')))).toBeNull();
	});

	it('refuse a changed verdict under the same version, saying to raise it', async () => {
		await checkFingerprints(db, setOf(defaultQuiz));
		const verdict = changed((q) => (q.questions[1]!.verdict.answer = 'ja'));
		expect(await refusal(verdict)).toBe(
			'Quiz changed without a new version:\n' +
				'quizzes/social-media.yaml: version: quiz "social-media" changed its questions, verdicts or bands since version 1 was first served. Raise "version" to 2: share codes of version 1 then open as outdated (list 1 in "compatibleVersions" only if they still read right).'
		);
		// Refused again on the next start: the first fingerprint of a version stays.
		expect(await refusal(verdict)).toMatch(/Raise "version" to 2/);
		// A new version is a new meaning, recorded beside the old one.
		expect(
			await refusal(changed((q) => ((q.questions[1]!.verdict.answer = 'ja'), (q.version = 2))))
		).toBeNull();
		expect(await refusal(defaultQuiz)).toBeNull();
	});

	it('agree when several instances start at once', async () => {
		const results = await Promise.allSettled(
			Array.from({ length: 5 }, () => checkFingerprints(db, setOf(defaultQuiz)))
		);
		expect(results.map((r) => r.status)).toEqual(Array(5).fill('fulfilled'));
		expect(await db.selectFrom('quiz_fingerprints').selectAll().execute()).toHaveLength(1);
	});
});
