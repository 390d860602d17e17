import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import { liveTexts } from '$lib/live/texts';
import { distribution } from '$lib/live/view';
import Distribution from './Distribution.svelte';

const texts = liveTexts(defaultQuiz, 'de');
const werbeflaeche = texts.questions[0]!;

describe('Distribution', () => {
	it('is a table of counts and percents per answer, the author’s answer marked', () => {
		render(Distribution, {
			distribution: distribution([{ ja: 14, jein: 4, nein: 0 }], werbeflaeche, texts),
			caption: 'So hat die Gruppe abgestimmt'
		});
		const table = screen.getByRole('table', { name: 'So hat die Gruppe abgestimmt' });
		expect(within(table).getByRole('columnheader', { name: 'Stimmen: 18' })).toBeInTheDocument();
		const ja = within(table).getByRole('row', { name: /^Ja/ });
		expect(ja).toHaveTextContent('14 · 78 %');
		expect(ja).toHaveTextContent('0 Pkt.');
		const nein = within(table).getByRole('row', { name: /^Nein/ });
		expect(nein).toHaveTextContent('Artikel');
		expect(within(table).getByRole('row', { name: /^Jein/ })).not.toHaveTextContent('Artikel');
	});

	it('puts round 2 beside round 1 with the shift, and leaves points out on phones', () => {
		render(Distribution, {
			distribution: distribution(
				[
					{ ja: 14, jein: 4, nein: 0 },
					{ ja: 2, jein: 6, nein: 10 }
				],
				werbeflaeche,
				texts
			),
			caption: 'Zwei Runden',
			showPoints: false
		});
		expect(screen.getByRole('columnheader', { name: /Runde 1/ })).toBeInTheDocument();
		expect(screen.getByRole('columnheader', { name: /Runde 2/ })).toBeInTheDocument();
		expect(screen.queryByRole('columnheader', { name: 'Punkte' })).not.toBeInTheDocument();
		const nein = screen.getByRole('row', { name: /^Nein/ });
		expect(nein).toHaveTextContent('0 · 0 %');
		expect(nein).toHaveTextContent('10 · 56 %');
		expect(nein).toHaveTextContent('+56 %-Punkte gegenüber Runde 1');
		expect(screen.getByRole('row', { name: /^Ja/ })).toHaveTextContent(
			'−67 %-Punkte gegenüber Runde 1'
		);
	});
});
