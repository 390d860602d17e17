import { config } from '$lib/server/config';
import { checkReady } from '$lib/server/db';
import type { RequestHandler } from './$types';

const headers = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

/**
 * Readiness: a trivial query against the configured database within `READY_TIMEOUT_MS`.
 * 200 `ready`, or 503 with one word saying why (`database`, `timeout`). No cookies, no rate limit.
 */
export const GET = (async () => {
	try {
		await checkReady(config().READY_TIMEOUT_MS);
		return new Response('ready\n', { headers });
	} catch (error) {
		const reason = error instanceof Error ? error.message : 'database';
		return new Response(`unavailable: ${reason}\n`, {
			status: 503,
			headers: { ...headers, 'retry-after': '5' }
		});
	}
}) satisfies RequestHandler;
