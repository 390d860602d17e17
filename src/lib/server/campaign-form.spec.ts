import { describe, expect, it } from 'vitest';
import { parseCampaignForm } from './campaign-form';
import { accentReadable, contrast, darkVariant } from './color';
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
			data: { welcome: null, contactUrl: null, accent: null }
		});
	});

	it.each([
		[{ name: 'A' }, 'name', 'name_length'],
		[{ name: 'x'.repeat(81) }, 'name', 'name_length'],
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

describe('accent colours', () => {
	it('checks contrast both ways', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
		expect(accentReadable('#0b5f66')).toBe(true);
		expect(accentReadable('#66ccff')).toBe(false);
		const dark = darkVariant('#0b5f66');
		expect(contrast(dark, '#131518')).toBeGreaterThanOrEqual(7);
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
