import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareCode, encodeShareCode, shareCodeLength } from './share-code';
import { defaultQuiz as articleQuiz } from '$lib/content';
import { ANSWERS, type Answer } from './types';

function* allAnswerSets(n: number): Generator<Answer[]> {
	for (let i = 0; i < 3 ** n; i++) {
		const set: Answer[] = [];
		for (let k = 0, x = i; k < n; k++, x = Math.floor(x / 3)) set.push(ANSWERS[x % 3] as Answer);
		yield set;
	}
}

const quizzes = [articleQuiz];
const answerSet = fc.array(fc.constantFrom(...ANSWERS), { minLength: 8, maxLength: 8 });

describe('share codes', () => {
	it('round-trips all 6,561 answer sets in at most 16 URL-safe characters', () => {
		const seen = new Set<string>();
		for (const answers of allAnswerSets(8)) {
			const code = encodeShareCode(articleQuiz, answers);
			expect(code.length).toBeLessThanOrEqual(16);
			expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
			expect(decodeShareCode(quizzes, code)).toEqual({
				ok: true,
				quizId: 'social-media',
				version: 1,
				answers
			});
			seen.add(code);
		}
		expect(seen.size).toBe(6561);
		expect(shareCodeLength(8)).toBe(8);
	});

	it('never throws on arbitrary strings and never decodes them to something malformed', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()), (s) => {
				const result = decodeShareCode(quizzes, s);
				if (result.ok) expect(result.answers).toHaveLength(8);
				else
					expect(['malformed', 'checksum', 'unknown-quiz', 'outdated-version']).toContain(
						result.reason
					);
			}),
			{ numRuns: 5000 }
		);
	});

	it('detects every single changed character', () => {
		fc.assert(
			fc.property(answerSet, fc.nat(), fc.nat(63), (answers, pos, replacement) => {
				const code = encodeShareCode(articleQuiz, answers);
				const i = pos % code.length;
				const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
				const c = alphabet[replacement] as string;
				fc.pre(c !== code[i]);
				const mutated = code.slice(0, i) + c + code.slice(i + 1);
				expect(decodeShareCode(quizzes, mutated).ok).toBe(false);
			}),
			{ numRuns: 5000 }
		);
	});

	it('detects every swap of two different characters before the check', () => {
		// Exhaustive over all codes of the article's quiz: the position weights make this hold.
		let swaps = 0;
		for (const answers of allAnswerSets(8)) {
			const code = encodeShareCode(articleQuiz, answers);
			const body = code.length - 2;
			for (let i = 0; i < body; i++) {
				for (let j = i + 1; j < body; j++) {
					if (code[i] === code[j]) continue;
					const swapped =
						code.slice(0, i) + code[j] + code.slice(i + 1, j) + code[i] + code.slice(j + 1);
					expect(decodeShareCode(quizzes, swapped).ok).toBe(false);
					swaps++;
				}
			}
		}
		expect(swaps).toBeGreaterThan(6561 * 10);
	});

	it('rejects truncated, extended and non-ASCII codes', () => {
		fc.assert(
			fc.property(answerSet, fc.string({ minLength: 1, maxLength: 8 }), (answers, extra) => {
				const code = encodeShareCode(articleQuiz, answers);
				expect(decodeShareCode(quizzes, code.slice(0, -1)).ok).toBe(false);
				expect(decodeShareCode(quizzes, code + extra).ok).toBe(false);
			}),
			{ numRuns: 2000 }
		);
		const code = encodeShareCode(
			articleQuiz,
			articleQuiz.questions.map(() => 'ja')
		);
		expect(decodeShareCode(quizzes, code.replace(/.$/, 'ä'))).toEqual({
			ok: false,
			reason: 'malformed'
		});
		expect(decodeShareCode(quizzes, 'x'.repeat(10_000))).toEqual({
			ok: false,
			reason: 'malformed'
		});
		expect(decodeShareCode(quizzes, undefined)).toEqual({ ok: false, reason: 'malformed' });
	});

	it('rejects an old version clearly unless it is declared compatible', () => {
		const answers = articleQuiz.questions.map(() => 'jein' as const);
		const oldCode = encodeShareCode({ ...articleQuiz, version: 0 }, answers);
		expect(decodeShareCode(quizzes, oldCode)).toEqual({ ok: false, reason: 'outdated-version' });
		const compatible = [{ ...articleQuiz, compatibleVersions: [0] }];
		expect(decodeShareCode(compatible, oldCode)).toMatchObject({ ok: true, version: 0, answers });
	});

	it('rejects codes of unknown quizzes', () => {
		const code = encodeShareCode(
			{ ...articleQuiz, codePrefix: 'zz' },
			articleQuiz.questions.map(() => 'ja')
		);
		expect(decodeShareCode(quizzes, code)).toEqual({ ok: false, reason: 'unknown-quiz' });
	});
});
