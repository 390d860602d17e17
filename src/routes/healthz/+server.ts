import type { RequestHandler } from './$types';

/**
 * Liveness for a load balancer or systemd watchdog: the process answers. No database access,
 * no cookies, no rate limit.
 */
export const GET = (() =>
	new Response('ok\n', {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	})) satisfies RequestHandler;
