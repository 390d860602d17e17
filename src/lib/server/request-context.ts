import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';

/**
 * Where the app leaves the route id of a request for the server wrapper's request log
 * (`server/index.js` reads the same symbol). The log names the route, never the URL: a
 * dashboard link carries its key in the query.
 */
export const ROUTE_ID = Symbol.for('social-media-check.route-id');

export function reportRoute(req: IncomingMessage | undefined, routeId: string | null): void {
	if (req) (req as IncomingMessage & { [ROUTE_ID]?: string | null })[ROUTE_ID] = routeId;
}

/** A request id where the wrapper gave none (under `vite dev`): 12 hex digits, as the wrapper's. */
export function newRequestId(): string {
	return randomBytes(6).toString('hex');
}
