import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { informalWord } from './address';

type Variant = { declarations: string[]; selectors: string[]; match: Record<string, string> };
type Messages = Record<string, string | Variant[]>;

const read = (locale: string): Messages =>
	JSON.parse(readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), 'utf8'));
const de = read('de');
const en = read('en');

/**
 * Messages only a consultant (or the operator) reads: the campaign form, the dashboard, the
 * presenter's view. The product speaks to consultants with "du", whatever their campaigns do.
 */
const CONSULTANT_PREFIXES = [
	'consultant_',
	'field_',
	'created_',
	'dashboard_',
	'edit_',
	'renew_',
	'delete_share_',
	'notes_',
	'legal_'
];
const CONSULTANT_KEYS = new Set([
	'form_has_errors',
	'error_name_length',
	'error_accent_format',
	'error_accent_contrast',
	'error_text_control',
	'error_quiz_unknown',
	'live_lobby_hint',
	'live_projector_hint',
	'live_phones_hint',
	'live_start_intro',
	// The dashboard's box with the code to embed the quiz.
	'embed_heading',
	'embed_none',
	'embed_code_hint'
]);

/**
 * Messages of pages outside every campaign (the product's own landing page, and the share
 * images drawn from the messages by scripts/og-images.js): always "du".
 */
const SITE_KEYS = new Set([
	'landing_title',
	'landing_description',
	'landing_heading',
	'landing_idea',
	'landing_gets_heading',
	'landing_gets_score',
	'landing_gets_compare',
	'landing_gets_chart',
	'landing_privacy',
	'landing_privacy_counted',
	'landing_consultants',
	'result_og_cta'
]);

const consultantOnly = (key: string) =>
	CONSULTANT_KEYS.has(key) || CONSULTANT_PREFIXES.some((prefix) => key.startsWith(prefix));

/** The Sie and du forms of a message that is chosen by `address`, or null for a plain one. */
function forms(value: string | Variant[]) {
	if (typeof value === 'string') return null;
	const variant = value[0];
	if (!variant?.selectors.includes('address')) return null;
	return { sie: variant.match['address=sie'], du: variant.match['address=*'], variant };
}

describe('informalWord', () => {
	it('finds du, its pronouns and the imperatives our texts use, at any case', () => {
		expect(informalWord('Was ist Social Media für dein Unternehmen?')).toBe('dein');
		expect(informalWord('Du: Ja')).toBe('Du');
		expect(informalWord('Wähle die Antwort.')).toBe('Wähle');
		expect(informalWord('Dir fehlen noch Antworten')).toBe('Dir');
		expect(informalWord('Rechne nicht mit kostenlosem Traffic.')).toBe('Rechne');
	});

	it('leaves the formal address, nouns, longer words and quotations alone', () => {
		expect(informalWord('Was ist Social Media für Ihr Unternehmen? Wählen Sie.')).toBeNull();
		expect(informalWord('Frage 3 von 8 · Stimmen: 4 · Frühe Versuche')).toBeNull();
		expect(informalWord('Dubai, Direktverkauf, deinstallieren, Durchschnitt')).toBeNull();
		expect(informalWord('Fragen aus dem Artikel „Social Media, was bist du?“.')).toBeNull();
	});
});

describe('the German messages', () => {
	it('give every participant-facing text that says du its Sie form', () => {
		const missing = Object.entries(de)
			.filter(([key]) => key !== '$schema' && !consultantOnly(key) && !SITE_KEYS.has(key))
			.filter(([, value]) => typeof value === 'string' && informalWord(value))
			.map(([key, value]) => `${key}: „${informalWord(value as string)}“ in ${value}`);
		expect(
			missing,
			'add an address=sie variant (see the README, "The consultant’s voice")'
		).toEqual([]);
	});

	it('say Sie in every Sie form, and keep du as the other form', () => {
		const withForms = Object.entries(de).flatMap(([key, value]) => {
			const f = key === '$schema' ? null : forms(value);
			return f ? [{ key, ...f }] : [];
		});
		expect(withForms.length).toBeGreaterThan(40);
		for (const { key, sie, du, variant } of withForms) {
			expect(sie, key).toBeTruthy();
			expect(du, key).toBeTruthy();
			expect(informalWord(sie ?? ''), `${key}: ${sie}`).toBeNull();
			expect(variant.declarations, key).toContain('input address');
			expect(Object.keys(variant.match), key).toEqual(['address=sie', 'address=*']);
			// The placeholders of both forms are the same ({name}, {answer}, …).
			const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(holes(sie ?? ''), key).toEqual(holes(du ?? ''));
		}
	});

	it('leave English with one form', () => {
		for (const [key, value] of Object.entries(de)) {
			if (key === '$schema' || !forms(value)) continue;
			expect(typeof en[key], key).toBe('string');
		}
	});

	it('keep no consultant or site key in a participant’s way: those lists name real messages', () => {
		for (const key of [...CONSULTANT_KEYS, ...SITE_KEYS]) expect(de[key], key).toBeDefined();
	});
});
