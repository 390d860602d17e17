import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import { buildComparisonView } from '$lib/results/comparison-view';
import { buildResultView } from '$lib/results/result-view';
import type { Answer } from '$lib/quiz/types';
import ComparisonTable from './ComparisonTable.svelte';

const view = (answers: Answer[]) => buildResultView(defaultQuiz, answers, 'de');
const author = defaultQuiz.questions.map((q) => q.verdict.answer);
const allJein = view(defaultQuiz.questions.map(() => 'jein'));

/** The row of a question, by a part of its title. */
const row = (title: RegExp) => screen.getByRole('row', { name: title });
/** The reasoning toggle of a row: a disclosure (summary) with its own name. */
const toggle = (r: HTMLElement) =>
	within(r).getByText('Begründung des Artikels').closest('summary');

describe('ComparisonTable', () => {
	it('is a table with column headers and one row per question', () => {
		render(ComparisonTable, { rows: allJein.rows });
		const table = screen.getByRole('table');
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((h) => h.textContent)
		).toEqual(['Frage', 'Deine Antwort', 'Artikel', 'Übereinstimmung', 'Begründung']);
		// header row + 8 questions
		expect(within(table).getAllByRole('row')).toHaveLength(9);
		expect(within(table).getAllByRole('rowheader')).toHaveLength(8);
	});

	it('shows both answers as chips and names the match in words, not only in colour', () => {
		render(ComparisonTable, { rows: allJein.rows });
		const traffic = row(/Traffic-Lieferant/);
		expect(within(traffic).getByText('Volle Übereinstimmung')).toBeInTheDocument();
		const verkauf = row(/Verkaufs-Tool/);
		expect(within(verkauf).getByRole('cell', { name: 'Du: Jein' })).toBeInTheDocument();
		expect(
			within(verkauf).getByRole('cell', { name: 'Artikel: Nein (noch nicht).' })
		).toBeInTheDocument();
		expect(within(verkauf).getByText('Teilweise (0,75 Pkt.)')).toBeInTheDocument();
		expect(
			within(verkauf).getByText(
				'Der Artikel sagt Nein, schränkt das aber mit „noch nicht“ ein. Dein Jein liegt nah dran und bekommt drei Viertel Punkt.'
			)
		).toBeInTheDocument();
	});

	it('opens the reasoning where the answer differs; the others keep a toggle', () => {
		const answers = [...author];
		answers[0] = 'ja'; // different
		answers[2] = 'jein'; // partial
		render(ComparisonTable, { rows: view(answers).rows });
		for (const [title, open] of [
			[/Werbefläche/, true],
			[/Verkaufs-Tool/, true],
			[/Traffic-Lieferant/, false],
			[/Kommunikations-Kanal/, false]
		] as const) {
			const details = toggle(row(title))?.parentElement as HTMLDetailsElement;
			expect(details.open, String(title)).toBe(open);
		}
		// A toggle has the question in its accessible text, so a list of toggles is not eight "Warum?".
		expect(toggle(row(/Traffic-Lieferant/))?.textContent).toMatch(/Traffic-Lieferant/);
	});

	it('opens every reasoning while printing', () => {
		render(ComparisonTable, { rows: view(author).rows, printing: true });
		for (const details of document.querySelectorAll('details')) expect(details.open).toBe(true);
	});

	it('shows the takeaway only where the answer differs', () => {
		render(ComparisonTable, { rows: allJein.rows });
		expect(
			within(row(/Traffic-Lieferant/)).queryByText('Was das für dein Unternehmen heißt')
		).not.toBeInTheDocument();
		expect(
			within(row(/Image-Verbesserer/)).getByText('Was das für dein Unternehmen heißt')
		).toBeInTheDocument();
	});
});

describe('ComparisonTable with everyone’s answers', () => {
	const figures = {
		completions: 40,
		answers: defaultQuiz.questions.map(() => ({ ja: 20, jein: 12, nein: 8 })),
		scores: { '16': 40 }
	};
	const comparison = buildComparisonView(
		{ status: 'ready', figures, takenAt: '2026-11-28T14:00:00.000Z' },
		defaultQuiz,
		allJein.rows.map((r) => r.answer),
		'de'
	);

	it('adds a column “Alle Teilnehmenden” with the three shares per question', () => {
		render(ComparisonTable, { rows: allJein.rows, comparison });
		expect(
			screen
				.getAllByRole('columnheader')
				.map((h) => h.textContent)
				.at(-2)
		).toBe('Alle Teilnehmenden');
		const cell = within(row(/Werbefläche/)).getByRole('cell', { name: /^Alle Teilnehmenden/ });
		// Text a screen reader reads and paper prints: the shares, and whose answer is whose.
		expect(cell.textContent?.replace(/\s+/g, ' ')).toMatch(
			/Ja 50 %.*Jein 30 %.*– deine Antwort.*Nein 20 %.*– Antwort des Artikels/
		);
		// The bar is drawn (server-side SVG, no script) and hidden from screen readers.
		const bar = cell.querySelector('svg.bar');
		expect(bar?.getAttribute('aria-hidden')).toBe('true');
		expect([...(bar?.querySelectorAll('rect') ?? [])].map((r) => r.getAttribute('width'))).toEqual([
			'50%',
			'30%',
			'20%'
		]);
	});

	it('marks one answer twice where the participant answers as the article does', () => {
		render(ComparisonTable, { rows: allJein.rows, comparison });
		const traffic = within(row(/Traffic-Lieferant/)).getByRole('cell', {
			name: /^Alle Teilnehmenden/
		});
		expect(traffic.textContent?.replace(/\s+/g, ' ')).toMatch(
			/Jein 30 %.*– deine Antwort.*– Antwort des Artikels/
		);
	});

	it('has no such column while the comparison is pending or off', () => {
		for (const pending of [
			{
				status: 'pending',
				line: 'Vergleich mit allen Teilnehmenden ab 30 Teilnahmen – bisher 12.'
			},
			{ status: 'off' }
		] as const) {
			const { unmount } = render(ComparisonTable, { rows: allJein.rows, comparison: pending });
			expect(screen.getAllByRole('columnheader')).toHaveLength(5);
			expect(screen.queryByText('Alle Teilnehmenden')).not.toBeInTheDocument();
			unmount();
		}
	});
});
