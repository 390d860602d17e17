import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import QuestionCard from './QuestionCard.svelte';

const base = {
	title: 'Social Media, bist du eine Werbefläche?',
	hint: 'Wähle die Antwort, die am ehesten deiner Sicht entspricht.',
	step: 1,
	total: 8,
	selected: null,
	answersParam: '',
	action: '/quiz/1',
	backHref: null,
	error: null
};

describe('QuestionCard', () => {
	it('is a group named by the question with three answers and "Weiter"', () => {
		render(QuestionCard, base);
		const group = screen.getByRole('group', { name: base.title });
		expect(group).toBeInTheDocument();
		expect(screen.getByRole('heading', { level: 1, name: base.title })).toBeInTheDocument();
		for (const name of ['Ja', 'Jein', 'Nein']) {
			expect(screen.getByRole('radio', { name })).not.toBeChecked();
		}
		expect(screen.getByRole('button', { name: 'Weiter' })).toBeInTheDocument();
		expect(screen.queryByRole('link', { name: 'Zurück' })).not.toBeInTheDocument();
		expect(screen.getByText('Frage 1 von 8')).toBeInTheDocument();
		expect(screen.getByRole('progressbar', { name: 'Frage 1 von 8' })).toHaveAttribute(
			'value',
			'1'
		);
	});

	it('offers "Zurück" from question 2 on and "Auswerten" on the last question', () => {
		render(QuestionCard, {
			...base,
			step: 8,
			selected: 'jein',
			answersParam: 'yyyyyyyp',
			backHref: '/quiz/7?a=yyyyyyyp'
		});
		expect(screen.getByRole('link', { name: 'Zurück' })).toHaveAttribute(
			'href',
			'/quiz/7?a=yyyyyyyp'
		);
		expect(screen.getByRole('button', { name: 'Auswerten' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'Jein' })).toBeChecked();
	});

	it('sends the answers so far back to its own URL (a GET form: nothing is stored)', () => {
		const { container } = render(QuestionCard, {
			...base,
			step: 3,
			answersParam: 'yn',
			action: '/quiz/3'
		});
		const form = container.querySelector('form') as HTMLFormElement;
		expect(form).toHaveAttribute('action', '/quiz/3');
		expect(form).toHaveAttribute('method', 'GET');
		expect(Object.fromEntries(new FormData(form))).toEqual({ a: 'yn', next: '1' });
	});

	it('shows the inline error tied to the group and moves focus into it', () => {
		render(QuestionCard, { ...base, error: 'Bitte wähle eine Antwort.' });
		const group = screen.getByRole('group', { name: base.title });
		expect(group).toHaveAccessibleDescription('Bitte wähle eine Antwort.');
		expect(screen.getByRole('alert')).toHaveTextContent('Bitte wähle eine Antwort.');
		expect(screen.getByRole('radio', { name: 'Ja' })).toHaveFocus();
	});

	it('lets the keyboard choose an answer and continue with Enter', async () => {
		const user = userEvent.setup();
		const { container } = render(QuestionCard, base);
		const form = container.querySelector('form') as HTMLFormElement;
		const submitted = vi.fn((e: SubmitEvent) => e.preventDefault());
		form.addEventListener('submit', submitted);

		await user.tab();
		expect(screen.getByRole('radio', { name: 'Ja' })).toHaveFocus();
		await user.keyboard(' ');
		expect(screen.getByRole('radio', { name: 'Ja' })).toBeChecked();
		await user.keyboard('{Enter}');
		expect(submitted).toHaveBeenCalledTimes(1);
		expect(new FormData(form).get('answer')).toBe('ja');
	});
});
