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

	it('has no insights, nothing to rethink and no takeaways for the article’s own answers, but a next step', () => {
		const view = buildResultView(defaultQuiz, author, 'de');
		expect(view.band.name).toBe('Kommunikations-Profi');
		expect(view.insights).toEqual([]);
		expect(view.rethink).toEqual([]);
		expect(view.rows.every((r) => r.takeaway === null && r.partialNote === null)).toBe(true);
		expect(view.rows.every((r) => !r.open)).toBe(true);
		expect(view.sameCount).toBe(8);
		expect(view.band.next).toMatch(/^Prüfe als Nächstes/);
	});

	it('puts both chart markers on one spot for every question of a 100 % result', () => {
		for (const locale of ['de', 'en'] as const) {
			const { chart } = buildResultView(defaultQuiz, author, locale);
			expect(chart.rows).toHaveLength(8);
			for (const row of chart.rows) {
				expect(row.participant, row.label).toBe(row.author);
				expect(row.match).toBe('full');
			}
		}
	});

	it('draws partial credit apart and says qualified verdicts in words', () => {
		const { chart } = buildResultView(
			defaultQuiz,
			defaultQuiz.questions.map(() => 'jein'),
			'de'
		);
		expect(chart.scale).toEqual(['Nein', 'Jein', 'Ja']);
		expect(chart.rows.map((r) => [r.participant, r.author, r.match, r.points])).toEqual([
			[1, 0, 'partial', '0,5 Pkt.'],
			[1, 1, 'full', '1 Pkt.'],
			[1, 0, 'partial', '0,75 Pkt.'],
			[1, 2, 'partial', '0,5 Pkt.'],
			[1, 0, 'partial', '0,75 Pkt.'],
			[1, 2, 'partial', '0,5 Pkt.'],
			[1, 0, 'partial', '0,5 Pkt.'],
			[1, 2, 'partial', '0,25 Pkt.']
		]);
		expect(chart.rows.map((r) => r.note)).toEqual([
			null,
			null,
			'Nein, mit Einschränkung',
			null,
			'Nein, mit Einschränkung',
			null,
			null,
			'Ja, mit Nachdruck'
		]);
		const en = buildResultView(defaultQuiz, author, 'en').chart;
		expect(en.rows[2]?.note).toBe('No, with a reservation');
		expect(en.scale).toEqual(['No', 'Partly', 'Yes']);
	});

	it('opens the reasoning where the answer differs and says what to rethink in one line each', () => {
		const answers = [...author];
		answers[0] = 'ja'; // differs (0)
		answers[2] = 'jein'; // partial (0.75)
		const view = buildResultView(defaultQuiz, answers, 'de');
		expect(view.rows.map((r) => r.open)).toEqual([
			true,
			false,
			true,
			false,
			false,
			false,
			false,
			false
		]);
		expect(view.rethink).toEqual([
			{
				id: 'werbeflaeche',
				short: 'Werbefläche',
				answerLabel: 'Ja',
				verdictLabel: 'Nein.',
				gist: defaultQuiz.questions[0]?.gist?.de
			},
			{
				id: 'verkauf',
				short: 'Verkaufs-Tool',
				answerLabel: 'Jein',
				verdictLabel: 'Nein (noch nicht).',
				gist: defaultQuiz.questions[2]?.gist?.de
			}
		]);
	});

	it('explains every kind of partial credit', () => {
		const answers = [...author];
		answers[0] = 'jein'; // plain Nein, hedged
		answers[1] = 'ja'; // Jein verdict
		answers[2] = 'ja'; // softened, opposite
		answers[7] = 'jein'; // emphatic
		const notes = buildResultView(defaultQuiz, answers, 'de').rows.map((r) => r.partialNote);
		expect(notes[0]).toBe(
			'Der Artikel sagt klar Nein. Dein Jein liegt in der Mitte und bekommt deshalb einen halben Punkt.'
		);
		expect(notes[1]).toBe(
			'Der Artikel sagt selbst Jein: Es kommt darauf an. Dein Ja trifft seine Sicht zur Hälfte und bekommt einen halben Punkt.'
		);
		expect(notes[2]).toBe(
			'Der Artikel sagt Nein, schränkt das aber mit „noch nicht“ ein. Weil er die andere Seite damit offenlässt, bekommt dein Ja noch einen Viertelpunkt.'
		);
		expect(notes[7]).toBe(
			'Der Artikel sagt nicht nur Ja, sondern „Ja. Unbedingt.“ – dein Jein bleibt deutlich dahinter und bekommt einen Viertelpunkt.'
		);
		expect(notes[3]).toBeNull();
	});
});
