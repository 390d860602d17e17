import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LiveState } from '$lib/live/state';
import PresenterControls from './PresenterControls.svelte';

const at = (status: LiveState['status'], question = 0, round = 1): LiveState => ({
	version: 7,
	status,
	question,
	round,
	joined: 18,
	answered: 14,
	rounds: null,
	summary: null
});

const buttons = () => screen.getAllByRole('button').map((b) => b.textContent?.trim());

describe('PresenterControls', () => {
	it('offers the next steps by their names, and ending only behind a click before the last question', () => {
		render(PresenterControls, { current: at('revealed', 2, 1), questionCount: 8 });
		expect(buttons()).toEqual(['Noch einmal abstimmen', 'Nächste Frage', 'Workshop beenden']);
		const end = screen.getByRole('button', { name: 'Workshop beenden' });
		expect(end).not.toBeVisible();
		expect(end.closest('details')).not.toBeNull();
		expect(screen.getByText('Workshop vorzeitig beenden')).toBeVisible();
		// Each button posts its own step, with the version the presenter saw.
		expect(screen.getByRole('button', { name: 'Nächste Frage' })).toHaveAttribute(
			'formaction',
			'?/next'
		);
		const version = document.querySelector('input[name="version"]') as HTMLInputElement;
		expect(version.value).toBe('7');
	});

	it('shows "Frage zeigen" in the lobby and "Aufdecken" while the voting is open', () => {
		const { unmount } = render(PresenterControls, { current: at('lobby'), questionCount: 8 });
		expect(buttons()[0]).toBe('Frage zeigen');
		unmount();
		render(PresenterControls, { current: at('open', 3, 2), questionCount: 8 });
		expect(buttons()[0]).toBe('Aufdecken');
		expect(screen.queryByRole('button', { name: 'Nächste Frage' })).not.toBeInTheDocument();
	});

	it('makes "Workshop beenden" the step after the last question’s reveal', () => {
		render(PresenterControls, { current: at('revealed', 7, 2), questionCount: 8 });
		const end = screen.getByRole('button', { name: 'Workshop beenden' });
		expect(end).toBeVisible();
		expect(end.closest('details')).toBeNull();
		expect(screen.queryByRole('button', { name: 'Nächste Frage' })).not.toBeInTheDocument();
	});
});
