import * as v from 'valibot';
import { hasControlCharacters, stripInvisible } from './clean-text';

/**
 * The websites a campaign's quiz may be embedded on ("Einbetten erlauben auf"): origins, that is
 * `https://` + host + optional port and nothing else, because that is what the browser compares
 * when it checks `Content-Security-Policy: frame-ancestors` and the target of a `postMessage`.
 *
 * Only https: a page served over plain http can be changed on its way to the participant, and
 * what it frames with it. That includes http://localhost (see the README, "Embedding").
 */
export const MAX_EMBED_ORIGINS = 5;

/**
 * An origin as stored and as written into the frame-ancestors header: lower-case host names of
 * letters, digits and dashes (international names as punycode), an optional port. Anything else
 * (a space, `;`, a quote, a wildcard, an IPv6 literal, which CSP cannot name) never reaches the
 * header, whatever is in the database.
 */
const ORIGIN =
	/^https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::[1-9][0-9]{0,4})?$/;

/** True for an origin that may be named in the frame-ancestors header. */
export function isEmbedOrigin(origin: string): boolean {
	// The browser's own spelling of it too: a port in range, no default port, nothing left over.
	if (origin.length > 300 || !ORIGIN.test(origin)) return false;
	return URL.canParse(origin) && new URL(origin).origin === origin;
}

/** A host as people type it, with an optional port and path: `anna-beispiel.de/quiz`. */
const BARE_HOST = /^(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]+(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/**
 * What people type, made into an origin: `anna-beispiel.de` and `https://Anna-Beispiel.de/quiz/`
 * both become `https://anna-beispiel.de`; `bücher.de` becomes `https://xn--bcher-kva.de`. The
 * page the quiz goes on does not matter to the browser, only its origin, so a path is dropped.
 * What cannot be read as a web address (or carries a user name or password) is returned as
 * typed, for the checks to refuse.
 */
export function normaliseOrigin(input: string): string {
	const s = stripInvisible(input).trim();
	const withScheme = BARE_HOST.test(s) ? `https://${s}` : s;
	if (!/^https?:\/\//i.test(withScheme) || !URL.canParse(withScheme)) return s;
	const url = new URL(withScheme);
	if (url.username || url.password || !url.hostname) return s;
	return url.origin;
}

/** One entry per line; commas and spaces between entries are understood too. */
function entries(text: string): string[] {
	return stripInvisible(text)
		.split(/[\s,]+/)
		.filter((entry) => entry !== '');
}

export type EmbedOriginsError = 'embed_invalid' | 'embed_scheme' | 'embed_count' | 'text_control';

/**
 * The form field: up to five origins, normalised and without repeats; stored as one line
 * separated by spaces (the header's own format), or null when the field is empty.
 */
export const EmbedOriginsField = v.pipe(
	v.string(),
	v.maxLength(2000, 'embed_invalid'),
	v.check((s) => !hasControlCharacters(s.replace(/[\r\t]/g, '')), 'text_control'),
	v.transform((s) => [...new Set(entries(s).map(normaliseOrigin))]),
	// `http://…`, `ftp://…`: a web address, but not one a frame may be allowed on.
	v.check(
		(list) => list.every((o) => o.startsWith('https://') || !o.includes('://')),
		'embed_scheme'
	),
	v.check((list) => list.every(isEmbedOrigin), 'embed_invalid'),
	v.check((list) => list.length <= MAX_EMBED_ORIGINS, 'embed_count'),
	v.transform((list) => (list.length > 0 ? list.join(' ') : null))
);

/** The origins a stored campaign allows, each checked again before it goes into a header. */
export function embedOrigins(stored: string | null | undefined): string[] {
	if (!stored) return [];
	return stored.split(' ').filter(isEmbedOrigin).slice(0, MAX_EMBED_ORIGINS);
}

/** The stored origins as the form shows them: one per line. */
export function embedOriginsText(stored: string | null | undefined): string {
	return embedOrigins(stored).join('\n');
}
