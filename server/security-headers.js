/**
 * The Content-Security-Policy of everything SvelteKit does not render as a page: static files
 * (an SVG opened directly is a document), Kit's fallback error page, the wrapper's own answers.
 * Nothing may run; inline styles are allowed for the fallback error page. Pages get SvelteKit's
 * policy instead (kit.csp, with hashes or nonces for its inline bootstrap), which replaces this.
 */
export const DEFAULT_CSP =
	"default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Scripts, stylesheets, fonts and raster images of the build: public files that a browser never
 * shows as a document. They need no document policies (CSP, frame and opener policies,
 * permissions, referrer policy) and, holding nothing private, no resource policy either; nosniff
 * stays. Each header left out is bytes saved on every one of the many small files a first visit
 * loads. SVG is not among them: an SVG opened directly is a document.
 */
const ASSET = /^\/_app\/immutable\/.+\.(js|css|woff2?|png|jpe?g|webp|avif|gif|ico)$/;

/** @param {string} pathname */
export function isBuildAsset(pathname) {
	return ASSET.test(pathname);
}

/**
 * True when a Content-Security-Policy lets other sites frame the page: its `frame-ancestors`
 * names sources instead of `'none'` (a campaign's embed pages, see src/lib/server/embed-frame.ts).
 * Such a page gets no `X-Frame-Options`: the header cannot name a list of origins, and its DENY
 * would say the opposite of the policy.
 *
 * @param {string | undefined | null} csp
 */
export function allowsFraming(csp) {
	const sources = /(?:^|;)\s*frame-ancestors\s+([^;]*)/i.exec(csp ?? '')?.[1]?.trim();
	return sources !== undefined && sources !== '' && sources !== "'none'";
}

/**
 * Headers for every response. A route may still set its own Referrer-Policy (the dashboard
 * sends same-origin) or Content-Security-Policy: SvelteKit's value replaces ours, and one that
 * allows framing also takes X-Frame-Options away (see `allowsFraming`). Build assets
 * (see `isBuildAsset`) get only the headers that apply to them.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {(req: import('node:http').IncomingMessage, asset?: boolean) => [string, string][]}
 */
export function securityHeaders(env) {
	const hstsMaxAge = Number(env.HSTS_MAX_AGE ?? 31536000);
	const forwardedProto = env.PROTOCOL_HEADER?.toLowerCase();
	const originIsHttps = env.ORIGIN?.startsWith('https:') ?? false;

	const always = [
		['Content-Security-Policy', DEFAULT_CSP],
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

	const forAssets = always.filter(([name]) => name === 'X-Content-Type-Options');

	return (req, asset = false) => {
		if (asset) return forAssets;
		const https =
			originIsHttps ||
			('encrypted' in req.socket && req.socket.encrypted === true) ||
			(forwardedProto !== undefined && req.headers[forwardedProto] === 'https');
		return https && hstsMaxAge > 0
			? [...always, ['Strict-Transport-Security', `max-age=${hstsMaxAge}; includeSubDomains`]]
			: always;
	};
}
