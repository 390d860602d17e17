/**
 * Join codes: six characters from an alphabet without look-alikes (no I, L, O, 0, 1), so a code
 * read off a projector across a room is typed right the first time. 31^6 ≈ 890 million codes.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * The code as people type it ("k7p m3q", "K7P-M3Q") in its stored form, or null when it cannot
 * be a join code at all (wrong length or a character the alphabet leaves out).
 */
export function normalizeJoinCode(input: unknown): string | null {
	if (typeof input !== 'string') return null;
	const code = input.replace(/[\s-]+/g, '').toUpperCase();
	return VALID.test(code) ? code : null;
}
