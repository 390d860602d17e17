import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import { buildResultView } from '$lib/results/result-view';
import ComparisonTable from './ComparisonTable.svelte';

describe('ComparisonTable', () => {
	const view = buildResultView(
		defaultQuiz,
		defaultQuiz.questions.map(() => 'jein'),
		'de'
	);

	it('has column headers and one row per question', () => {
		render(ComparisonTable, { rows: view.rows });
		const table = screen.getByRole('table');
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((h) => h.textContent)
		).toEqual(['Frage', 'Deine Antwort', 'Der Autor', 'Übereinstimmung']);
		// header row + 8 questions
		expect(within(table).getAllByRole('row')).toHaveLength(9);
		expect(within(table).getAllByRole('rowheader')).toHaveLength(8);
	});

	it('names the match in words, not only in colour', () => {
		render(ComparisonTable, { rows: view.rows });
		const traffic = screen.getByRole('row', { name: /Traffic-Lieferant/ });
		expect(within(traffic).getByText('Volle Übereinstimmung')).toBeInTheDocument();
		const verkauf = screen.getByRole('row', { name: /Verkaufs-Tool/ });
		expect(within(verkauf).getByText('Nein (noch nicht).')).toBeInTheDocument();
		expect(within(verkauf).getByText('Teilweise (0,75 Pkt.)')).toBeInTheDocument();
		expect(
			within(verkauf).getByText(
				'Der Autor sagt Nein, lässt aber „noch nicht“ offen – Jein liegt nah dran.'
			)
		).toBeInTheDocument();
		const ja = buildResultView(
			defaultQuiz,
			defaultQuiz.questions.map(() => 'ja'),
			'de'
		);
		render(ComparisonTable, { rows: ja.rows });
		const facebook = screen.getAllByRole('row', { name: /bist du Facebook/ }).at(-1) as HTMLElement;
		expect(within(facebook).getByText('Anders als der Autor')).toBeInTheDocument();
	});

	it('shows the takeaway only where the answer differs', () => {
		render(ComparisonTable, { rows: view.rows });
		const traffic = screen.getByRole('row', { name: /Traffic-Lieferant/ });
		expect(
			within(traffic).queryByText('Was das für dein Unternehmen heißt')
		).not.toBeInTheDocument();
		const image = screen.getByRole('row', { name: /Image-Verbesserer/ });
		expect(within(image).getByText('Was das für dein Unternehmen heißt')).toBeInTheDocument();
	});
});
