import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import AnswerBars from './AnswerBars.svelte';
import { everyoneFigures, questionFigures } from './dashboard-view';

const questions = defaultQuiz.questions.map((q) =>
	questionFigures(
		{ id: q.id, short: q.short.de, verdictLabel: q.verdict.label.de, verdict: q.verdict },
		{ ja: 3, jein: 2, nein: 1 }
	)
);
const scale = { ja: 'Ja', jein: 'Jein', nein: 'Nein' };
const everyone = everyoneFigures(
	defaultQuiz.questions.map((q) => q.verdict.answer),
	defaultQuiz.questions.map(() => ({ ja: 10, jein: 30, nein: 60 }))
);

/** The card of a question, by its short title. */
const card = (short: string) =>
	screen.getByRole('heading', { level: 3, name: short }).closest('li') as HTMLElement;
const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the dashboard’s answers per question', () => {
	it('shows the campaign’s shares alone while the comparison is not shown', () => {
		render(AnswerBars, { questions, scale });
		const werbeflaeche = card('Werbefläche');
		expect(within(werbeflaeche).queryByText('Alle Teilnehmenden')).not.toBeInTheDocument();
		expect(werbeflaeche.querySelectorAll('svg.bar')).toHaveLength(1);
		expect(text(werbeflaeche)).toContain('17 % sehen es wie der Artikel');
	});

	it('shows all participants under the campaign, labelled, with the author’s answer named', () => {
		render(AnswerBars, { questions, scale, everyone });
		const werbeflaeche = card('Werbefläche');
		expect(werbeflaeche.querySelectorAll('svg.bar')).toHaveLength(2);
		expect(text(werbeflaeche)).toMatch(
			/Deine Kampagne.*Ja 3 \(50 %\).*Nein 1 \(17 %\) – Antwort des Artikels.*Alle Teilnehmenden.*Ja 10 %.*Jein 30 %.*Nein 60 % – Antwort des Artikels/
		);
		expect(text(werbeflaeche)).toContain(
			'17 % sehen es wie der Artikel, unter allen Teilnehmenden 60 %'
		);
	});
});
