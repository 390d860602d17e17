import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import VoiceFields from './VoiceFields.svelte';

const quizzes = [
	{ id: 'social-media', title: 'Social Media Check', offersSie: true },
	{ id: 'newsletter', title: 'Newsletter-Check', offersSie: true }
];

describe('VoiceFields', () => {
	it('offers the quizzes when creating, and the address du or Sie', () => {
		render(VoiceFields, { quizzes, quiz: 'newsletter', address: 'sie' });
		const select = screen.getByRole('combobox', { name: 'Quiz' });
		expect((select as HTMLSelectElement).value).toBe('newsletter');
		expect(screen.getByRole('group', { name: 'Anrede' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: /^Sie/ })).toBeChecked();
		expect(screen.getByRole('radio', { name: /^du/ })).not.toBeChecked();
		expect(screen.queryByRole('textbox')).toBeNull();
	});

	it('asks for no quiz when there is only one', () => {
		render(VoiceFields, { quizzes: quizzes.slice(0, 1), quiz: 'social-media', address: 'du' });
		expect(screen.queryByRole('combobox')).toBeNull();
		expect(screen.getByRole('radio', { name: /^du/ })).toBeChecked();
	});

	it('names the fixed quiz when editing, with a note field per question and its error', () => {
		render(VoiceFields, {
			quizzes,
			fixedQuiz: 'Social Media Check',
			quiz: 'social-media',
			address: 'du',
			notes: [
				{ id: 'werbeflaeche', question: 'Werbefläche', title: 'Bist du…?', value: 'Meine Sicht' },
				{ id: 'traffic', question: 'Traffic-Lieferant', title: 'Bist du…?', value: '' }
			],
			errors: { 'note-traffic': 'note_length', address: 'address_unavailable' }
		});
		expect(screen.queryByRole('combobox')).toBeNull();
		expect(
			screen.getByText(/^Quiz: Social Media Check\. Es lässt sich nicht ändern/)
		).toBeVisible();
		const note = screen.getByRole('textbox', { name: /Deine Anmerkung zu „Werbefläche“/ });
		expect(note).toHaveValue('Meine Sicht');
		expect(note).toHaveAttribute('maxlength', '600');
		const traffic = screen.getByRole('textbox', { name: /Deine Anmerkung zu „Traffic-Lieferant“/ });
		expect(traffic).toHaveAccessibleDescription(/Höchstens 600 Zeichen, bitte\./);
		expect(screen.getByRole('group', { name: 'Anrede' })).toHaveAccessibleDescription(
			/Dieses Quiz gibt es nur mit „du“/
		);
	});
});
