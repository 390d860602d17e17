import { ANSWERS, type Answer, type QuizDefinition } from './types';

/**
 * Share codes: `<prefix:2><version:1><answers><check:2>`, all in the base64url alphabet.
 * Answers are packed base 3 (0 Nein, 1 Jein, 2 Ja), six bits per character; eight answers
 * need 3 characters, so a code for the article's quiz is 8 characters long.
 *
 * The check is a weighted sum modulo the prime 4093 over every character before it, with the
 * position (1, 2, 3, …) as the weight. Any single changed character is always detected (weight
 * and difference are both smaller than the prime), and so is any swap of two different
 * characters before the check: it changes the sum by (distance × difference of their values),
 * never a multiple of 4093 while codes stay under 64 characters. Most other damage is caught too.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));
const CHECK_MODULUS = 4093;
const MAX_VERSION = ALPHABET.length - 1;

export type InvalidReason = 'malformed' | 'checksum' | 'unknown-quiz' | 'outdated-version';

export type DecodeResult =
	| { ok: true; quizId: string; version: number; answers: Answer[] }
	| { ok: false; reason: InvalidReason };

/** Characters needed to hold `n` base-3 digits in base 64. */
function payloadLength(questionCount: number): number {
	return Math.ceil((questionCount * Math.log2(3)) / 6);
}

function checksum(text: string): number {
	let sum = 0;
	for (let i = 0; i < text.length; i++) sum += (i + 1) * (VALUE.get(text[i] as string) ?? 0);
	return sum % CHECK_MODULUS;
}

/** Length of a complete code for a quiz with this many questions. */
export function shareCodeLength(questionCount: number): number {
	return 2 + 1 + payloadLength(questionCount) + 2;
}

/** Encodes a complete set of answers of the quiz's current version. */
export function encodeShareCode(quiz: QuizDefinition, answers: readonly Answer[]): string {
	if (answers.length !== quiz.questions.length) {
		throw new Error(`Expected ${quiz.questions.length} answers, got ${answers.length}`);
	}
	if (quiz.version < 0 || quiz.version > MAX_VERSION) {
		throw new Error(`Quiz version must be 0–${MAX_VERSION}`);
	}
	// Big-endian base 3, then base 64. BigInt keeps long quizzes exact.
	let n = 0n;
	for (const answer of answers) n = n * 3n + BigInt(ANSWERS.indexOf(answer));
	let payload = '';
	for (let i = 0; i < payloadLength(answers.length); i++) {
		payload = ALPHABET[Number(n % 64n)] + payload;
		n /= 64n;
	}
	const body = quiz.codePrefix + ALPHABET[quiz.version] + payload;
	const check = checksum(body);
	return body + ALPHABET[Math.floor(check / 64)] + ALPHABET[check % 64];
}

/**
 * Decodes any string. Never throws: returns the answers, or why the code is not usable.
 * A code of an older version is rejected as `outdated-version` unless the quiz lists that
 * version as still compatible (its questions and verdicts unchanged), so it is never misread.
 */
export function decodeShareCode(
	quizzes: readonly (QuizDefinition & { compatibleVersions?: readonly number[] })[],
	code: unknown
): DecodeResult {
	if (typeof code !== 'string' || code.length < 6 || code.length > 64) {
		return { ok: false, reason: 'malformed' };
	}
	for (const c of code) if (!VALUE.has(c)) return { ok: false, reason: 'malformed' };

	const body = code.slice(0, -2);
	const check =
		(VALUE.get(code[code.length - 2] as string) as number) * 64 +
		(VALUE.get(code[code.length - 1] as string) as number);
	if (check !== checksum(body)) return { ok: false, reason: 'checksum' };

	const quiz = quizzes.find((q) => q.codePrefix === code.slice(0, 2));
	if (!quiz) return { ok: false, reason: 'unknown-quiz' };
	const version = VALUE.get(code[2] as string) as number;
	if (version !== quiz.version && !quiz.compatibleVersions?.includes(version)) {
		return { ok: false, reason: 'outdated-version' };
	}
	const count = quiz.questions.length;
	const payload = body.slice(3);
	if (payload.length !== payloadLength(count)) return { ok: false, reason: 'malformed' };

	let n = 0n;
	for (const c of payload) n = n * 64n + BigInt(VALUE.get(c) as number);
	if (n >= 3n ** BigInt(count)) return { ok: false, reason: 'malformed' };
	const answers: Answer[] = new Array(count);
	for (let i = count - 1; i >= 0; i--) {
		answers[i] = ANSWERS[Number(n % 3n)] as Answer;
		n /= 3n;
	}
	return { ok: true, quizId: quiz.id, version, answers };
}
