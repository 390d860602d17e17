import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import JoinForm from './JoinForm.svelte';

describe('JoinForm', () => {
	it('has the field "Code" and the button "Beitreten", and sends by GET to /live', () => {
		render(JoinForm, { value: '', invalid: false });
		const field = screen.getByRole('textbox', { name: 'Code' });
		expect(field).toBeRequired();
		expect(field).toHaveAccessibleDescription('6 Zeichen, z. B. K7PM3Q');
		const button = screen.getByRole('button', { name: 'Beitreten' });
		const form = button.closest('form') as HTMLFormElement;
		expect(form.method).toBe('get');
		expect(new URL(form.action).pathname).toBe('/live');
	});

	it('keeps what was typed and says what is wrong with it', () => {
		render(JoinForm, { value: 'AB1', invalid: true });
		const field = screen.getByRole('textbox', { name: 'Code' });
		expect(field).toHaveValue('AB1');
		expect(field).toBeInvalid();
		expect(field).toHaveAccessibleDescription(/Ein Code hat 6 Zeichen/);
		expect(screen.getByRole('alert')).toHaveTextContent('Bitte noch einmal prüfen');
	});
});
