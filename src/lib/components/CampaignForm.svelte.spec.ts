import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CampaignForm from './CampaignForm.svelte';

const base = { action: '?/create', heading: 'Kampagne erstellen', submit: 'Kampagne erstellen' };

describe('CampaignForm', () => {
	it('has the fields of a campaign: name and organisation apart, all labelled', () => {
		render(CampaignForm, base);
		expect(screen.getByRole('textbox', { name: 'Dein Name' })).toBeRequired();
		expect(screen.getByRole('textbox', { name: /^Firma oder Organisation/ })).not.toBeRequired();
		expect(screen.getByRole('textbox', { name: /^Begrüßung/ })).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: /^Kontakt-Link/ })).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: /^Akzentfarbe/ })).toBeInTheDocument();
		expect(screen.getByLabelText('Akzentfarbe im Farbfeld wählen')).toHaveAttribute(
			'type',
			'color'
		);
		expect(screen.getByRole('button', { name: 'Kampagne erstellen' })).toBeInTheDocument();
	});

	it('starts from given values, the picker from the colour in them', () => {
		render(CampaignForm, {
			...base,
			values: { name: 'Anna', organisation: 'Beispiel GmbH', accent: '#7a1f5c' }
		});
		expect(screen.getByRole('textbox', { name: 'Dein Name' })).toHaveValue('Anna');
		expect(screen.getByRole('textbox', { name: /^Firma/ })).toHaveValue('Beispiel GmbH');
		expect(screen.getByLabelText('Akzentfarbe im Farbfeld wählen')).toHaveValue('#7a1f5c');
	});

	it('keeps the colour field and the picker in step', async () => {
		const user = userEvent.setup();
		render(CampaignForm, base);
		const text = screen.getByRole('textbox', { name: /^Akzentfarbe/ });
		const picker = screen.getByLabelText('Akzentfarbe im Farbfeld wählen') as HTMLInputElement;
		await user.type(text, '1F4E79');
		expect(picker).toHaveValue('#1f4e79');
		picker.value = '#7a1f5c';
		picker.dispatchEvent(new Event('input', { bubbles: true }));
		expect(text).toHaveValue('#7a1f5c');
	});

	it('says why nothing happened after a 429, and keeps what was typed', () => {
		render(CampaignForm, { ...base, limited: true, values: { name: 'Anna Beispiel' } });
		expect(screen.getByRole('alert')).toHaveTextContent(/zu viele Kampagnen/);
		expect(screen.getByRole('textbox', { name: 'Dein Name' })).toHaveValue('Anna Beispiel');
	});

	it('names each error in words beside its field', () => {
		render(CampaignForm, {
			...base,
			errors: { name: 'text_control', accent: 'accent_contrast' },
			values: { name: 'Anna', accent: '#ffff00' }
		});
		expect(screen.getByRole('alert')).toHaveTextContent('Bitte prüfe die markierten Felder.');
		expect(screen.getByRole('textbox', { name: 'Dein Name' })).toHaveAccessibleDescription(
			/unsichtbare Steuerzeichen/
		);
		expect(screen.getByRole('textbox', { name: /^Akzentfarbe/ })).toHaveAccessibleDescription(
			/zu hell/
		);
	});

	it('takes the websites the quiz may be embedded on, one per line, and says what is wrong', () => {
		render(CampaignForm, {
			...base,
			errors: { embedOrigins: 'embed_scheme' },
			values: { name: 'Anna', embedOrigins: 'https://berater.example\nhttp://anna.de' }
		});
		const field = screen.getByRole('textbox', { name: /^Einbetten erlauben auf/ });
		expect(field.tagName).toBe('TEXTAREA');
		expect(field).toHaveValue('https://berater.example\nhttp://anna.de');
		expect(field).toHaveAccessibleDescription(/höchstens 5[\s\S]*nur auf Websites mit https/);
	});
});
