// How the app learns its own origin (for links it prints and for the origin check on forms).
//
// adapter-node takes ORIGIN, or builds the origin from request headers: PROTOCOL_HEADER and
// HOST_HEADER when configured, else `https` and the Host header. `https` is wrong for a plain
// `npm start` reached as http://192.168.1.5:3000, and every form post would be refused as
// cross-site. Without any of the three settings, the wrapper therefore tells adapter-node the
// protocol the socket really speaks, through a header of its own that it overwrites on every
// request: a header sent by the client (X-Forwarded-Proto included) never decides it.
import { networkInterfaces } from 'node:os';

/** The header the wrapper writes and adapter-node reads (as its PROTOCOL_HEADER). */
export const SOCKET_PROTOCOL_HEADER = 'x-socket-protocol';

/**
 * @param {{ ORIGIN?: string, PROTOCOL_HEADER?: string, HOST_HEADER?: string }} settings
 * @returns {{ env: Record<string, string>, stamp: (req: import('node:http').IncomingMessage) => void } | undefined}
 *   undefined when the origin is configured; otherwise the environment adapter-node must see and
 *   the function that marks each request with its socket's protocol.
 */
export function originFromSocket(settings) {
	if (settings.ORIGIN || settings.PROTOCOL_HEADER || settings.HOST_HEADER) return undefined;
	return {
		env: { PROTOCOL_HEADER: SOCKET_PROTOCOL_HEADER },
		stamp(req) {
			const tls = 'encrypted' in req.socket && req.socket.encrypted === true;
			req.headers[SOCKET_PROTOCOL_HEADER] = tls ? 'https' : 'http';
		}
	};
}

/**
 * The addresses a browser on this machine and on the local network can use, as Vite prints
 * them: `localhost` first, then every non-internal IPv4 address (when listening on all of them).
 * @param {string} host the address the server listens on
 * @param {number} port
 * @param {'http' | 'https'} [protocol]
 */
export function reachableAt(host, port, protocol = 'http') {
	const url = (/** @type {string} */ name) => `${protocol}://${name}:${port}`;
	if (host !== '0.0.0.0' && host !== '::') return { local: [url(host)], network: [] };
	const network = Object.values(networkInterfaces())
		.flat()
		.filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
		.map((a) => url(/** @type {import('node:os').NetworkInterfaceInfo} */ (a).address));
	return { local: [url('localhost')], network };
}
