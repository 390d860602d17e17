/**
 * What people type, made safe to store and to show beside other people's text.
 *
 * - NFC: "ü" typed as u + combining diaeresis and as one character compare and count the same.
 * - Invisible format characters are removed: zero-width spaces and joiners, bidirectional
 *   overrides and isolates, soft hyphens, the byte-order mark (all of Unicode's category Cf), and
 *   the Hangul fillers that render as blanks. They arrive unnoticed in copied text, and they let
 *   one alias pose as another ("‮Anna" shown reversed) or hide a formula from a spreadsheet.
 * - Control characters (category Cc: NUL, escape, …) are refused, not dropped: they never come
 *   from a keyboard, and PostgreSQL cannot store NUL. Tabs and line breaks are whitespace and are
 *   handled by each field before this check.
 */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]/gu;
const CONTROL = /\p{Cc}/u;

/** NFC, without invisible format characters. Emoji joined by U+200D fall apart into their parts. */
export function stripInvisible(text: string): string {
	// Stripped first: a character that stood between two others may let them compose.
	return text.replace(INVISIBLE, '').normalize('NFC');
}

/** True when the text holds a control character other than a line break (`\n`). */
export function hasControlCharacters(text: string): boolean {
	return CONTROL.test(text.replace(/\n/g, ''));
}
