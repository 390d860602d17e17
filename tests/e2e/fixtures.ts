import { test as base, expect } from '@playwright/test';

/**
 * Every journey also checks the Content-Security-Policy: a `securitypolicyviolation` event or a
 * CSP console error on any page fails the test that caused it.
 */
export const test = base.extend<{ cspGuard: void }>({
	cspGuard: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
				violations.push(text);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					(window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(
						`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`
					);
				});
			});
			context.on('console', (message) => {
				// A refused cross-origin frame is the policy working (security.spec.ts), not a violation.
				const text = message.text();
				if (
					message.type() === 'error' &&
					/Content Security Policy/i.test(text) &&
					!/frame-ancestors/.test(text)
				) {
					violations.push(text);
				}
			});
			await use();
			expect(violations, 'CSP violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
