import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from './join-code';

describe('join codes', () => {
	it('has no characters that look alike', () => {
		for (const c of 'IL1O0') expect(JOIN_CODE_ALPHABET).not.toContain(c);
		expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
	});

	it('reads codes as people type them', () => {
		expect(normalizeJoinCode('k7pm3q')).toBe('K7PM3Q');
		expect(normalizeJoinCode(' K7P M3Q ')).toBe('K7PM3Q');
		expect(normalizeJoinCode('k7p-m3q')).toBe('K7PM3Q');
	});

	it('refuses what cannot be a code', () => {
		for (const bad of ['', 'K7PM3', 'K7PM3QX', 'K7PM0Q', 'K7PMIQ', '<script>', null, 42]) {
			expect(normalizeJoinCode(bad), String(bad)).toBeNull();
		}
	});
});
