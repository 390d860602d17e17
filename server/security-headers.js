/**
 * Headers for every response. The Content-Security-Policy itself comes from SvelteKit
 * (kit.csp, with hashes for its inline bootstrap); these are the rest. A route may still set
 * its own Referrer-Policy (the dashboard sends no-referrer): SvelteKit's value replaces ours.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {(req: import('node:http').IncomingMessage) => [string, string][]}
 */
export function securityHeaders(env) {
	const hstsMaxAge = Number(env.HSTS_MAX_AGE ?? 31536000);
	const forwardedProto = env.PROTOCOL_HEADER?.toLowerCase();
	const originIsHttps = env.ORIGIN?.startsWith('https:') ?? false;

	const always = [
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['X-Frame-Options', 'DENY'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
		['Cross-Origin-Resource-Policy', 'same-origin'],
		// Short on purpose: it goes out with every file. Features the app never uses are off.
		[
			'Permissions-Policy',
			'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'
		]
	];

	return (req) => {
		const https =
			originIsHttps ||
			('encrypted' in req.socket && req.socket.encrypted === true) ||
			(forwardedProto !== undefined && req.headers[forwardedProto] === 'https');
		return https && hstsMaxAge > 0
			? [...always, ['Strict-Transport-Security', `max-age=${hstsMaxAge}; includeSubDomains`]]
			: always;
	};
}
