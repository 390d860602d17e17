import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import { liveTexts } from './texts';
import { distribution, newer, summaryView } from './view';
import type { LiveState } from './state';

const texts = liveTexts(defaultQuiz, 'de');
const index = (id: string) => defaultQuiz.questions.findIndex((q) => q.id === id);

describe('the workshop views', () => {
	it('explain partial credit per answer with the engine’s credit, as the results page does', () => {
		const verkauf = texts.questions[index('verkauf')]!;
		expect(verkauf.verdict.label).toBe('Nein (noch nicht).');
		expect(Object.values(verkauf.credits).map((c) => c.value)).toEqual([0.25, 0.75, 1]);
		expect(verkauf.credits.jein.label).toBe('0,75 Pkt.');
		expect(verkauf.notes.nein).toBeNull();
		expect(verkauf.notes.jein).toContain('noch nicht');
		expect(verkauf.notes.ja).toContain('Viertelpunkt');
		const kommunikation = texts.questions[index('kommunikation')]!;
		expect(kommunikation.notes.jein).toContain('Unbedingt');
		expect(kommunikation.notes.nein).toBeNull();
	});

	it('lays a revealed question out per answer, marks the author, and shows the shift between rounds', () => {
		const q = texts.questions[index('verkauf')]!;
		const view = distribution(
			[
				{ ja: 6, jein: 3, nein: 1 },
				{ ja: 2, jein: 4, nein: 4 }
			],
			q,
			texts
		);
		expect(view.totals).toEqual([10, 10]);
		expect(
			view.rows.map((r) => [r.label, r.isAuthor, r.rounds.map((c) => c.percent), r.shift])
		).toEqual([
			['Ja', false, [60, 20], -40],
			['Jein', false, [30, 40], 10],
			['Nein', true, [10, 40], 30]
		]);
		// Round 2: (2 × 0.25 + 4 × 0.75 + 4 × 1) / 10 = 0.75
		expect(view.agreement).toBe(75);
	});

	it('sums the workshop up: shown questions, gaps, average and bands', () => {
		const questions = defaultQuiz.questions.map(
			() => [] as { ja: number; jein: number; nein: number }[]
		);
		questions[index('werbeflaeche')] = [{ ja: 3, jein: 0, nein: 1 }];
		questions[index('image')] = [{ ja: 4, jein: 0, nein: 0 }];
		const view = summaryView({ questions, bands: { gut: 1, umdenken: 2 }, percentSum: 180 }, texts);
		expect(view.questions.filter((q) => q.counts).map((q) => q.short)).toEqual([
			'Werbefläche',
			'Image-Verbesserer'
		]);
		expect(view.questions[index('werbeflaeche')]?.agreement).toBe(25);
		expect(view.furthest.map((q) => q.short)).toEqual(['Werbefläche']);
		expect(view.average).toBe(60);
		expect(view.complete).toBe(3);
	});

	it('takes the newer of the page’s state and the stream’s', () => {
		const state = (version: number, answered: number): LiveState => ({
			version,
			status: 'open',
			question: 0,
			round: 1,
			joined: 5,
			answered,
			rounds: null,
			summary: null
		});
		expect(newer(state(3, 1), null).answered).toBe(1);
		expect(newer(state(3, 1), state(3, 4)).answered).toBe(4);
		expect(newer(state(4, 0), state(3, 4)).version).toBe(4);
	});
});
