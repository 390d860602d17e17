import { describe, expect, it } from 'vitest';
import { DEFAULT_CSP, allowsFraming } from './security-headers.js';

describe('X-Frame-Options follows the page’s policy', () => {
	it('goes only where the policy names sites that may frame the page', () => {
		expect(allowsFraming("default-src 'self'; frame-ancestors https://berater.example")).toBe(true);
		expect(
			allowsFraming('frame-ancestors https://a.example https://b.example; img-src data:')
		).toBe(true);
		expect(allowsFraming("default-src 'self'; frame-ancestors 'none'")).toBe(false);
		expect(allowsFraming(DEFAULT_CSP)).toBe(false);
		expect(allowsFraming("default-src 'self'")).toBe(false);
		expect(allowsFraming("default-src 'self'; frame-ancestors ;")).toBe(false);
		expect(allowsFraming(undefined)).toBe(false);
		// Another directive that merely ends in the same words.
		expect(allowsFraming("x-frame-ancestors https://a.example; frame-ancestors 'none'")).toBe(
			false
		);
	});
});
