import { describe, expect, it } from 'vitest';
import { defaultQuiz, LOCALES, parseQuizContent } from './index';
import { socialMediaQuiz } from './social-media';

describe('the article’s quiz', () => {
	it('has the eight questions, ids and verdicts of PRODUCT.md in order', () => {
		expect(
			defaultQuiz.questions.map((q) => [
				q.id,
				q.title.de,
				q.verdict.label.de,
				q.verdict.answer,
				q.verdict.kind
			])
		).toEqual([
			['werbeflaeche', 'Social Media, bist du eine Werbefläche?', 'Nein.', 'nein', 'plain'],
			['traffic', 'Social Media, bist du ein Traffic-Lieferant?', 'Jein.', 'jein', 'plain'],
			[
				'verkauf',
				'Social Media, bist du ein Verkaufs-Tool?',
				'Nein (noch nicht).',
				'nein',
				'softened'
			],
			['image', 'Social Media, bist du ein Image-Verbesserer?', 'Ja.', 'ja', 'plain'],
			['gefahr', 'Social Media, bist du eine Gefahr?', 'Nein (und ja).', 'nein', 'softened'],
			['ads', 'Social Media, bist du ein guter Platz für meine Ads?', 'Ja.', 'ja', 'plain'],
			['facebook', 'Social Media, bist du Facebook?', 'Nein.', 'nein', 'plain'],
			[
				'kommunikation',
				'Social Media, bist du ein Kommunikations-Kanal?',
				'Ja. Unbedingt.',
				'ja',
				'emphatic'
			]
		]);
	});

	it('has every text in both languages, summaries of 2–3 sentences and takeaways of 1–2', () => {
		const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„“"])/).length;
		for (const q of defaultQuiz.questions) {
			for (const locale of LOCALES) {
				expect(q.title[locale]).not.toBe('');
				expect(sentences(q.summary[locale]), `${q.id} summary ${locale}`).toBeGreaterThanOrEqual(2);
				expect(sentences(q.summary[locale]), `${q.id} summary ${locale}`).toBeLessThanOrEqual(3);
				expect(sentences(q.takeaway[locale]), `${q.id} takeaway ${locale}`).toBeLessThanOrEqual(2);
			}
		}
		expect(defaultQuiz.bands.map((b) => [b.name.de, b.name.en])).toEqual([
			['Kommunikations-Profi', 'Communication pro'],
			['Auf gutem Weg', 'On the right track'],
			['Umdenken lohnt sich', 'Time to rethink']
		]);
	});

	it('never copies a sentence of the article into our own texts', async () => {
		const { readFile } = await import('node:fs/promises');
		const article = await readFile(
			new URL('../../../../shared/article/social-media-was-bist-du.txt', import.meta.url),
			'utf8'
		).catch(() => null);
		if (article === null) {
			// The article lives beside the project; without it there is nothing to compare.
			expect(article).toBeNull();
			return;
		}
		const normalise = (s: string) =>
			s
				.toLowerCase()
				.replace(/[^a-zäöüß ]/g, '')
				.replace(/\s+/g, ' ')
				.trim();
		const articleText = normalise(article);
		for (const q of defaultQuiz.questions) {
			for (const sentence of `${q.summary.de} ${q.takeaway.de}`.split(/(?<=[.!?–])\s+/)) {
				const words = normalise(sentence).split(' ');
				// No run of eight words in a row may stand in the article.
				for (let i = 0; i + 8 <= words.length; i++) {
					expect(
						articleText.includes(words.slice(i, i + 8).join(' ')),
						`${q.id}: ${sentence}`
					).toBe(false);
				}
			}
		}
	});
});

describe('parseQuizContent', () => {
	it('names the bad field', () => {
		const broken = structuredClone(socialMediaQuiz) as unknown as {
			questions: { summary: { en: string }; verdict: { answer: string } }[];
		};
		(broken.questions[2] as { summary: { en: string } }).summary.en = '';
		expect(() => parseQuizContent(broken)).toThrow(/questions\.2\.summary\.en: must not be empty/);
		(broken.questions[0] as { verdict: { answer: string } }).verdict.answer = 'vielleicht';
		expect(() => parseQuizContent(broken)).toThrow(/questions\.0\.verdict\.answer/);
	});

	it('rejects duplicate ids and insights about unknown questions', () => {
		const dup = structuredClone(socialMediaQuiz);
		dup.questions[1]!.id = 'werbeflaeche';
		expect(() => parseQuizContent(dup)).toThrow(/question ids must be unique/);
		const badInsight = structuredClone(socialMediaQuiz);
		badInsight.insights[0]!.when.questions = ['werbeflaeche', 'tiktok'];
		expect(() => parseQuizContent(badInsight)).toThrow(/insights must name existing questions/);
	});
});
