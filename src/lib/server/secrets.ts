import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret: 256 random bits, URL-safe (43 characters). */
export function newSecret(): string {
	return randomBytes(32).toString('base64url');
}

/** SHA-256, hex. Secrets have full entropy, so a fast hash is enough; only hashes are stored. */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(presented: string, storedHash: string): boolean {
	const a = Buffer.from(hashSecret(presented), 'hex');
	const b = Buffer.from(storedHash, 'hex');
	return a.length === b.length && timingSafeEqual(a, b);
}
