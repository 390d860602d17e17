/**
 * How German texts address the reader: "du" (the product's voice) or "Sie" (a campaign may
 * choose it). English has one form.
 */
export const ADDRESSES = ['du', 'sie'] as const;
export type Address = (typeof ADDRESSES)[number];

export const isAddress = (value: unknown): value is Address => value === 'du' || value === 'sie';

/** Pronouns of the informal address, in every case. */
const PRONOUNS = ['du', 'dich', 'dir', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'deines'];

/**
 * Imperatives of the informal address that our texts use (a sentence like "Plane deine
 * Beiträge" has a pronoun, "Rechne nicht mit …" has none). Extend the list when a text uses
 * another one: the checks below then find it. Words that are also nouns ("Frage", "Versuche",
 * "Teile", "Stimme", "Tritt") are left out.
 */
const IMPERATIVES = [
	'antworte',
	'behandle',
	'beantworte',
	'besprich',
	'buche',
	'denke',
	'entscheide',
	'erstelle',
	'erwarte',
	'finde',
	'frag',
	'gib',
	'lade',
	'lege',
	'lies',
	'mach',
	'mache',
	'nenne',
	'nimm',
	'öffne',
	'plane',
	'prüfe',
	'rechne',
	'scanne',
	'schau',
	'schick',
	'setze',
	'sieh',
	'speichere',
	'sprich',
	'starte',
	'teste',
	'tippe',
	'unterschätze',
	'vergleiche',
	'wähle',
	'warte'
];

const INFORMAL = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:${[...PRONOUNS, ...IMPERATIVES].join('|')})(?![\\p{L}\\p{N}])`,
	'iu'
);

/** Text in German quotation marks is someone else's words („Bist du eine Werbefläche?“). */
const QUOTED = /„[^„“]*“/g;

/**
 * The first word of `text` that addresses the reader as "du" ("deine", "Wähle"), or null;
 * quotations („…“) are left out. A safety net for the checks (quiz files, message files, the
 * Sie pages in the browser tests), not a grammar: it knows the pronouns and the imperatives
 * listed above.
 */
export function informalWord(text: string): string | null {
	return INFORMAL.exec(text.replace(QUOTED, ' '))?.[0] ?? null;
}
