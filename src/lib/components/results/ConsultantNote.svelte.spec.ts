import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { defaultQuiz } from '$lib/content';
import { buildResultView } from '$lib/results/result-view';
import ComparisonTable from './ComparisonTable.svelte';

// A Sie campaign's results page: its layout puts the address into the page data.
vi.mock('$app/state', () => ({ page: { data: { address: 'sie' } } }));

const allJein = defaultQuiz.questions.map(() => 'jein' as const);
const notes = {
	by: 'Anna Beispiel',
	byQuestion: { werbeflaeche: 'Aus meiner Praxis:\nAnzeigen ja, Beiträge mit Nutzen.' }
};
const view = buildResultView(defaultQuiz, allJein, 'de', { address: 'sie', notes });

describe('a campaign’s results: participant, article, consultant', () => {
	it('shows the consultant’s note below the article’s reasoning, under the consultant’s name', () => {
		render(ComparisonTable, { rows: view.rows });
		const werbeflaeche = screen.getByRole('row', { name: /Werbefläche/ });
		const toggle = within(werbeflaeche).getByText('Begründung und Anmerkung von Anna Beispiel');
		expect(toggle.closest('summary')).not.toBeNull();
		const headings = within(werbeflaeche)
			.getAllByRole('heading', { level: 4 })
			.map((h) => h.textContent);
		expect(headings.at(0)).toBe('Die Sicht des Artikels');
		expect(headings.at(-1)).toBe('Anmerkung von Anna Beispiel');
		const note = within(werbeflaeche).getByText(/Aus meiner Praxis/);
		expect(note.textContent).toBe('Aus meiner Praxis:\nAnzeigen ja, Beiträge mit Nutzen.');
		// Questions without a note say nothing of one.
		const traffic = screen.getByRole('row', { name: /Traffic-Lieferant/ });
		expect(within(traffic).queryByText(/Anmerkung/)).toBeNull();
	});

	it('speaks with Sie: the chips, the takeaway heading and the quiz’s own texts', () => {
		render(ComparisonTable, { rows: view.rows });
		const verkauf = screen.getByRole('row', { name: /Verkaufs-Tool/ });
		expect(within(verkauf).getByRole('cell', { name: 'Sie: Jein' })).toBeInTheDocument();
		expect(within(verkauf).getByText('Was das für Ihr Unternehmen heißt')).toBeInTheDocument();
		expect(within(verkauf).getByText(/^Erwarten Sie von Social Media zuerst/)).toBeInTheDocument();
		expect(within(verkauf).getByText(/Ihr Jein liegt nah dran/)).toBeInTheDocument();
	});

	it('opens the card of a note also where the participant answered as the article did', () => {
		const author = defaultQuiz.questions.map((q) => q.verdict.answer);
		const rows = buildResultView(defaultQuiz, author, 'de', { notes }).rows;
		expect(rows.map((r) => [r.id, r.open])).toEqual(
			defaultQuiz.questions.map((q) => [q.id, q.id === 'werbeflaeche'])
		);
	});
});
