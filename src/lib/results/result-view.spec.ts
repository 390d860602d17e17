import { describe, expect, it } from 'vitest';
import { buildResultView } from './result-view';
import { defaultQuiz } from '$lib/content';

const author = defaultQuiz.questions.map((q) => q.verdict.answer);

describe('buildResultView', () => {
	it('formats points and percent per language', () => {
		const jein = defaultQuiz.questions.map(() => 'jein' as const);
		expect(buildResultView(defaultQuiz, jein, 'de')).toMatchObject({
			percent: 59,
			points: '4,75',
			max: 8
		});
		expect(buildResultView(defaultQuiz, jein, 'en')).toMatchObject({
			points: '4.75',
			band: { name: 'Time to rethink' }
		});
	});

	it('has no insights, no "furthest" list and no takeaways for the author’s own answers', () => {
		const view = buildResultView(defaultQuiz, author, 'de');
		expect(view.band.name).toBe('Kommunikations-Profi');
		expect(view.insights).toEqual([]);
		expect(view.furthest).toEqual([]);
		expect(view.rows.every((r) => r.takeaway === null && r.partialNote === null)).toBe(true);
		expect(view.sameCount).toBe(8);
	});

	it('places qualified verdicts between the marks of the chart', () => {
		const view = buildResultView(defaultQuiz, author, 'de');
		expect(view.chart.author).toEqual([0, 1, 0.3, 2, 0.3, 2, 0, 2]);
		expect(view.chart.participant).toEqual([0, 1, 0, 2, 0, 2, 0, 2]);
		expect(view.chart.scale).toEqual(['Nein', 'Jein', 'Ja']);
	});

	it('explains every kind of partial credit', () => {
		const answers = [...author];
		answers[0] = 'jein'; // plain Nein, hedged
		answers[1] = 'ja'; // Jein verdict
		answers[2] = 'ja'; // softened, opposite
		answers[7] = 'jein'; // emphatic
		const notes = buildResultView(defaultQuiz, answers, 'de').rows.map((r) => r.partialNote);
		expect(notes[0]).toBe(
			'Der Autor sagt klar Nein. Dein Jein liegt in der Mitte und bekommt deshalb einen halben Punkt.'
		);
		expect(notes[1]).toBe(
			'Der Autor sagt selbst Jein: Es kommt darauf an. Mit Ja liegst du zur Hälfte richtig.'
		);
		expect(notes[2]).toBe(
			'Der Autor sagt Nein, lässt aber „noch nicht“ offen – deshalb gibt es für Ja noch einen Viertelpunkt.'
		);
		expect(notes[7]).toBe(
			'Der Autor sagt nicht nur Ja, sondern „Ja. Unbedingt.“ – ein Jein trifft das nur zu einem Viertel.'
		);
		expect(notes[3]).toBeNull();
	});
});
