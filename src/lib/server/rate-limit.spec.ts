import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';

vi.mock('./db', () => ({ getPgPool: async () => undefined }));
const { consume, ensureNotBlocked, recordFailure } = await import('./rate-limit');

function request(address: string) {
	const headers: Record<string, string> = {};
	const event = {
		getClientAddress: () => address,
		setHeaders: (h: Record<string, string>) => Object.assign(headers, h)
	} as unknown as RequestEvent;
	return { event, headers };
}

async function status(promise: Promise<unknown>) {
	try {
		await promise;
		return 'ok';
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

describe('rate limits (in memory, one instance)', () => {
	it('lets 10 campaigns an hour through, then answers 429 with Retry-After', async () => {
		const results = [];
		for (let i = 0; i < 11; i++)
			results.push(await status(consume(request('192.0.2.1').event, 'campaigns')));
		expect(results).toEqual([...Array(10).fill('ok'), 429]);
		const { event, headers } = request('192.0.2.1');
		expect(await status(consume(event, 'campaigns'))).toBe(429);
		expect(Number(headers['retry-after'])).toBeGreaterThan(3000);
		expect(Number(headers['retry-after'])).toBeLessThanOrEqual(3600);
		// Counted per address.
		expect(await status(consume(request('192.0.2.2').event, 'campaigns'))).toBe('ok');
	});

	it('counts failures only when they are recorded', async () => {
		const address = '192.0.2.3';
		for (let i = 0; i < 20; i++) await ensureNotBlocked(request(address).event, 'keys');
		for (let i = 0; i < 9; i++) await recordFailure(request(address).event, 'keys');
		expect(await status(ensureNotBlocked(request(address).event, 'keys'))).toBe('ok');
		await recordFailure(request(address).event, 'keys');
		const { event, headers } = request(address);
		expect(await status(ensureNotBlocked(event, 'keys'))).toBe(429);
		expect(Number(headers['retry-after'])).toBeGreaterThan(800);
	});
});
