import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import EmbedSnippet from './EmbedSnippet.svelte';

const box = {
	origins: ['https://berater.example', 'https://www.anna-beispiel.de'],
	code: '<iframe id="smc-anna" src="https://check.example/c/anna/embed"></iframe>\n<script>…</script>',
	previewHref: '/c/anna/embed',
	height: 720
};
const editHref = '/c/anna/auswertung/bearbeiten';

describe('EmbedSnippet', () => {
	it('shows where the quiz may go and the code to paste, with a way to copy it', async () => {
		// user-event puts a clipboard of its own in place.
		const user = userEvent.setup();
		render(EmbedSnippet, { box, editHref });
		const region = screen.getByRole('region', { name: 'Auf deiner Website einbetten' });
		expect(region).toHaveTextContent(
			'Erlaubt auf: https://berater.example, https://www.anna-beispiel.de'
		);
		const code = screen.getByRole('textbox', { name: 'Code zum Einbetten' });
		expect(code).toHaveValue(box.code);
		expect(code).toHaveAttribute('readonly');
		expect(code).toHaveAccessibleDescription(/ohne Skript ist der Rahmen 720 Pixel hoch/);
		expect(screen.getByRole('link', { name: 'Eingebettete Ansicht öffnen' })).toHaveAttribute(
			'href',
			'/c/anna/embed'
		);
		await user.click(screen.getByRole('button', { name: 'Code kopieren' }));
		expect(await navigator.clipboard.readText()).toBe(box.code);
		expect(screen.getByRole('status')).toHaveTextContent('Code kopiert.');
	});

	it('without a website, says where to add one instead of showing code', () => {
		render(EmbedSnippet, { box: { ...box, origins: [], code: null }, editHref });
		expect(screen.queryByRole('textbox')).toBeNull();
		expect(screen.getByText(/Trag dazu die Adresse deiner Website ein/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Website zum Einbetten eintragen' })).toHaveAttribute(
			'href',
			'/c/anna/auswertung/bearbeiten#embedOrigins'
		);
	});
});
