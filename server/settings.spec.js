import { describe, expect, it } from 'vitest';
import { parseServerSettings } from './settings.js';

describe("the server wrapper's settings", () => {
	it('default to timeouts in seconds that suit small forms', () => {
		expect(parseServerSettings({})).toMatchObject({
			PORT: 3000,
			HOST: '0.0.0.0',
			BODY_SIZE_LIMIT: '32K',
			HEADERS_TIMEOUT: 10,
			REQUEST_TIMEOUT: 30,
			KEEP_ALIVE_TIMEOUT: 5,
			HSTS_MAX_AGE: 31536000,
			SHUTDOWN_TIMEOUT: 10,
			LOG_LEVEL: 'info'
		});
	});

	it('take HSTS_MAX_AGE=0 (off) and header names in any case', () => {
		const settings = parseServerSettings({ HSTS_MAX_AGE: '0', ADDRESS_HEADER: 'X-Forwarded-For' });
		expect(settings.HSTS_MAX_AGE).toBe(0);
		expect(settings.ADDRESS_HEADER).toBe('x-forwarded-for');
	});

	it.each([
		['PORT', '80a', 'must be a port number'],
		['PORT', '70000', 'must be a port number'],
		['HEADERS_TIMEOUT', '0', 'must be a positive whole number'],
		['KEEP_ALIVE_TIMEOUT', '5s', 'must be a positive whole number'],
		['XFF_DEPTH', '-1', 'must be a positive whole number'],
		['ORIGIN', 'check.example.de', 'must be http:// or https://'],
		['ORIGIN', 'https://check.example.de/', 'must be http:// or https://'],
		['BODY_SIZE_LIMIT', '32 KB', 'must be a size'],
		['LOG_LEVEL', 'verbose', 'must be one of']
	])('refuse %s=%s in one line', (name, value, reason) => {
		expect(() => parseServerSettings({ [name]: value })).toThrow(
			`Invalid setting: ${name}=${JSON.stringify(value)} ${reason}`
		);
	});

	it('refuse a request timeout shorter than the headers timeout', () => {
		expect(() => parseServerSettings({ HEADERS_TIMEOUT: '20', REQUEST_TIMEOUT: '10' })).toThrow(
			/REQUEST_TIMEOUT must be at least HEADERS_TIMEOUT/
		);
	});
});
