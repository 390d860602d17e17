import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	campaignFormValues,
	normaliseAccent,
	normaliseContact,
	parseCampaignForm,
	parseVoiceForm,
	ShareForm
} from './campaign-form';
import { accentReadable, contrast, darkVariant, softVariant } from './color';
import { hashSecret, newSecret, secretMatches } from './secrets';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
};

describe('the campaign form', () => {
	it('accepts a complete, valid form and keeps line breaks', () => {
		const result = parseCampaignForm(
			form({
				name: '  Anna  Beispiel ',
				welcome: 'Hallo!\r\nSchön, dass du da bist.',
				contactUrl: 'mailto:anna@example.org',
				accent: '#0B5F66'
			})
		);
		expect(result).toMatchObject({
			ok: true,
			data: {
				name: 'Anna Beispiel',
				welcome: 'Hallo!\nSchön, dass du da bist.',
				contactUrl: 'mailto:anna@example.org',
				accent: '#0b5f66'
			}
		});
		expect(parseCampaignForm(form({ name: 'Bo' }))).toMatchObject({
			ok: true,
			data: { organisation: null, welcome: null, contactUrl: null, accent: null }
		});
	});

	it('keeps name and organisation apart', () => {
		expect(
			parseCampaignForm(form({ name: 'Anna Beispiel', organisation: ' Beispiel  GmbH ' }))
		).toMatchObject({ ok: true, data: { name: 'Anna Beispiel', organisation: 'Beispiel GmbH' } });
	});

	it('turns what people type into links and colours', () => {
		const parsed = (fields: Record<string, string>) =>
			parseCampaignForm(form({ name: 'Anna', ...fields }));
		expect(parsed({ contactUrl: 'hallo@beispiel.de' })).toMatchObject({
			data: { contactUrl: 'mailto:hallo@beispiel.de' }
		});
		expect(parsed({ contactUrl: ' anna-beispiel.de ' })).toMatchObject({
			data: { contactUrl: 'https://anna-beispiel.de' }
		});
		expect(parsed({ contactUrl: 'www.anna-beispiel.de/kontakt?x=1' })).toMatchObject({
			data: { contactUrl: 'https://www.anna-beispiel.de/kontakt?x=1' }
		});
		expect(parsed({ contactUrl: 'http://anna.de' })).toMatchObject({
			data: { contactUrl: 'http://anna.de' }
		});
		expect(parsed({ accent: '7A1F5C' })).toMatchObject({ data: { accent: '#7a1f5c' } });
		expect(parsed({ accent: '#036' })).toMatchObject({ data: { accent: '#003366' } });
		expect(normaliseContact('javascript:alert(1)')).toBe('javascript:alert(1)');
		expect(normaliseContact('localhost')).toBe('localhost');
		expect(normaliseAccent('red')).toBe('red');
	});

	it('takes the colour from the picker when only the picker was changed (no JavaScript)', () => {
		const colour = (fields: Record<string, string>) => {
			const result = parseCampaignForm(form({ name: 'Anna', ...fields }));
			return result.ok ? result.data.accent : result.errors;
		};
		const shown = { accentShown: '', accentPickerShown: '#0b5f66' };
		// Nothing touched: no accent.
		expect(colour({ ...shown, accent: '', accentPicker: '#0b5f66' })).toBe(null);
		// The picker changed, the text field not: the picker's colour.
		expect(colour({ ...shown, accent: '', accentPicker: '#7a1f5c' })).toBe('#7a1f5c');
		// The text field changed: the text field's, whatever the picker says.
		expect(colour({ ...shown, accent: '#1f4e79', accentPicker: '#7a1f5c' })).toBe('#1f4e79');
		// An accent shown and cleared: none.
		expect(
			colour({
				accentShown: '#1f4e79',
				accentPickerShown: '#1f4e79',
				accent: '',
				accentPicker: '#1f4e79'
			})
		).toBe(null);
		// A picked colour that is too light is refused like a typed one, and shown in the field.
		const light = parseCampaignForm(
			form({ name: 'Anna', ...shown, accent: '', accentPicker: '#ffff00' })
		);
		expect(light).toMatchObject({
			ok: false,
			errors: { accent: 'accent_contrast' },
			values: { accent: '#ffff00' }
		});
	});

	it('removes invisible characters and refuses control characters in every field', () => {
		expect(
			parseCampaignForm(
				form({
					name: '‮Anna​ Beispiel',
					organisation: 'Beispiel⁦ GmbH',
					welcome: 'Hallo​!\nZweite Zeile',
					contactUrl: 'hallo​@beispiel.de',
					accent: '#7a1f5c​'
				})
			)
		).toMatchObject({
			ok: true,
			data: {
				name: 'Anna Beispiel',
				organisation: 'Beispiel GmbH',
				welcome: 'Hallo!\nZweite Zeile',
				contactUrl: 'mailto:hallo@beispiel.de',
				accent: '#7a1f5c'
			}
		});
		for (const field of ['name', 'organisation', 'welcome', 'contactUrl', 'accent']) {
			const result = parseCampaignForm(form({ name: 'Anna', [field]: 'An\u0000na' }));
			expect(result.ok, field).toBe(false);
			expect(result.ok ? null : result.errors[field as 'name'], field).toBe('text_control');
			// Shown again without the character that could never be stored.
			expect(result.values[field as 'name'], field).toBe('Anna');
		}
		expect(parseCampaignForm(form({ name: '​​' }))).toMatchObject({
			ok: false,
			errors: { name: 'name_length' }
		});
	});

	it.each([
		[{ name: 'A' }, 'name', 'name_length'],
		[{ name: 'x'.repeat(81) }, 'name', 'name_length'],
		[{ name: 'Anna', organisation: 'x'.repeat(81) }, 'organisation', 'organisation_length'],
		[{ name: 'Anna', contactUrl: 'mailto:' }, 'contactUrl', 'contact_invalid'],
		[{ name: 'Anna', contactUrl: 'localhost' }, 'contactUrl', 'contact_invalid'],
		[{ name: 'Anna', welcome: 'x'.repeat(501) }, 'welcome', 'welcome_length'],
		[{ name: 'Anna', contactUrl: 'javascript:alert(1)' }, 'contactUrl', 'contact_scheme'],
		[{ name: 'Anna', contactUrl: 'data:text/html,<b>x</b>' }, 'contactUrl', 'contact_scheme'],
		[{ name: 'Anna', contactUrl: 'not a url' }, 'contactUrl', 'contact_invalid'],
		[
			{ name: 'Anna', contactUrl: 'https://' + 'x'.repeat(300) + '.de' },
			'contactUrl',
			'contact_invalid'
		],
		[{ name: 'Anna', accent: 'red' }, 'accent', 'accent_format'],
		[{ name: 'Anna', accent: '#12345' }, 'accent', 'accent_format'],
		[{ name: 'Anna', accent: '#ffff00' }, 'accent', 'accent_contrast']
	])('%o is refused: %s %s', (fields, field, code) => {
		const result = parseCampaignForm(form(fields));
		expect(result.ok).toBe(false);
		expect(result.ok ? null : result.errors[field as 'name']).toBe(code);
		expect(result.values.name).toBe(fields.name);
	});
});

describe('the edit form’s values', () => {
	it('show a stored mailto: link as the address people type, and anything else as stored', () => {
		const stored = {
			name: 'Anna',
			organisation: null,
			welcome: null,
			accent: null
		};
		expect(
			campaignFormValues({ ...stored, contact_url: 'mailto:hallo@beispiel.de' }).contactUrl
		).toBe('hallo@beispiel.de');
		expect(
			campaignFormValues({ ...stored, contact_url: 'mailto:hallo@beispiel.de?subject=Quiz' })
				.contactUrl
		).toBe('mailto:hallo@beispiel.de?subject=Quiz');
		expect(campaignFormValues({ ...stored, contact_url: 'https://anna.de' }).contactUrl).toBe(
			'https://anna.de'
		);
		// What is shown comes back as it was stored.
		const form = new FormData();
		form.set('name', 'Anna');
		form.set('contactUrl', 'hallo@beispiel.de');
		expect(parseCampaignForm(form)).toMatchObject({
			data: { contactUrl: 'mailto:hallo@beispiel.de' }
		});
	});
});

describe('the share form', () => {
	const alias = (text: string) => v.safeParse(ShareForm, { token: 'a'.repeat(43), alias: text });

	it('removes invisible characters, so no alias can pose as another', () => {
		expect(alias('‮Anna​ M.')).toMatchObject({ success: true, output: { alias: 'Anna M.' } });
		expect(alias('​')).toMatchObject({ success: true, output: { alias: null } });
	});

	it('refuses control characters such as NUL with its own code', () => {
		const result = alias('An\u0000na');
		expect(result.success).toBe(false);
		expect(result.issues?.[0]?.message).toBe('alias_control');
	});
});

describe('the voice fields', () => {
	const article = {
		id: 'social-media',
		offersSie: true,
		questions: [{ id: 'werbeflaeche' }, { id: 'traffic' }]
	};
	const duOnly = { id: 'team', offersSie: false, questions: [{ id: 'eins' }] };
	const creating = { quizzes: [article, duOnly], defaultQuizId: 'social-media' };
	const editing = { quizzes: [article], fixedQuiz: article, defaultQuizId: 'social-media' };

	it('take the quiz and the address when creating; du and the default quiz without them', () => {
		expect(parseVoiceForm(form({ quiz: 'team', address: 'du' }), creating)).toMatchObject({
			ok: true,
			data: { quizId: 'team', address: 'du' }
		});
		expect(parseVoiceForm(form({}), creating)).toMatchObject({
			ok: true,
			data: { quizId: 'social-media', address: 'du' }
		});
		// Creating has no notes yet: the questions are known once the quiz is chosen.
		const sie = parseVoiceForm(form({ address: 'sie', 'note-werbeflaeche': 'x' }), creating);
		expect(sie).toMatchObject({ ok: true, data: { address: 'sie' } });
		expect(sie.ok && sie.data).not.toHaveProperty('notes');
	});

	it('refuse an unknown quiz, and Sie for a quiz without Sie forms', () => {
		expect(parseVoiceForm(form({ quiz: 'geheim' }), creating)).toMatchObject({
			ok: false,
			errors: { quiz: 'quiz_unknown' }
		});
		expect(parseVoiceForm(form({ quiz: 'team', address: 'sie' }), creating)).toMatchObject({
			ok: false,
			errors: { address: 'address_unavailable' },
			values: { quiz: 'team', address: 'sie' }
		});
	});

	it('keep a campaign’s quiz when editing, whatever the form says', () => {
		expect(parseVoiceForm(form({ quiz: 'team', address: 'sie' }), editing)).toMatchObject({
			ok: true,
			data: { quizId: 'social-media', address: 'sie' }
		});
	});

	it('clean notes like the welcome text: line breaks kept, invisible characters out', () => {
		const result = parseVoiceForm(
			form({
				'note-werbeflaeche': '  Aus meiner Praxis:\r\nAnzeigen\u200b ja.\t ',
				'note-traffic': '',
				'note-unbekannt': 'not a question of this quiz'
			}),
			editing
		);
		expect(result).toMatchObject({
			ok: true,
			data: { notes: { werbeflaeche: 'Aus meiner Praxis:\nAnzeigen ja.', traffic: '' } }
		});
		expect(result.ok && Object.keys(result.data.notes ?? {})).toEqual(['werbeflaeche', 'traffic']);
	});

	it('refuse a note over 600 characters and control characters, keeping what was typed', () => {
		const long = 'x'.repeat(601);
		const result = parseVoiceForm(
			form({ 'note-werbeflaeche': long, 'note-traffic': 'a\u0000b' }),
			editing
		);
		expect(result).toMatchObject({
			ok: false,
			errors: { 'note-werbeflaeche': 'note_length', 'note-traffic': 'text_control' },
			values: { notes: { werbeflaeche: long, traffic: 'ab' } }
		});
		expect(parseVoiceForm(form({ 'note-werbeflaeche': 'x'.repeat(600) }), editing).ok).toBe(true);
	});
});

describe('accent colours', () => {
	it('checks contrast both ways', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
		expect(accentReadable('#0b5f66')).toBe(true);
		expect(accentReadable('#66ccff')).toBe(false);
		const dark = darkVariant('#0b5f66');
		expect(contrast(dark, '#131518')).toBeGreaterThanOrEqual(7);
		// Soft tints keep the theme's text readable on them.
		for (const accent of ['#0b5f66', '#7a1f5c', '#1f4e79', '#000000']) {
			expect(contrast(softVariant(accent, 'light'), '#1b1c20')).toBeGreaterThanOrEqual(7);
			expect(contrast(softVariant(darkVariant(accent), 'dark'), '#eceef1')).toBeGreaterThanOrEqual(
				7
			);
		}
	});
});

describe('secrets', () => {
	it('have at least 128 bits and match only themselves', () => {
		const key = newSecret();
		expect(Buffer.from(key, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
		expect(newSecret()).not.toBe(key);
		const hash = hashSecret(key);
		expect(hash).not.toContain(key);
		expect(secretMatches(key, hash)).toBe(true);
		expect(secretMatches(key + 'x', hash)).toBe(false);
		expect(secretMatches('', hash)).toBe(false);
		expect(secretMatches(key, 'not-hex')).toBe(false);
	});
});
