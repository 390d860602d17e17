import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultQuiz, informalWord, LOCALES, offersSie, parseQuizContent } from './index';

/** The shipped quiz as a plain object, to break on purpose. */
const socialMediaQuiz = () => structuredClone(defaultQuiz);

/** Every run of eight words of a text, lower case, letters only. */
function wordRuns(text: string): string[] {
	const words = text
		.toLowerCase()
		.replace(/[^a-zäöüß ]/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
	const runs: string[] = [];
	for (let i = 0; i + 8 <= words.length; i++) runs.push(words.slice(i, i + 8).join(' '));
	return runs;
}

const hashRun = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 16);

const fingerprintFile = new URL('./article-fingerprint.txt', import.meta.url);
const articleFingerprint = new Set(
	existsSync(fingerprintFile)
		? readFileSync(fingerprintFile, 'utf8').split('\n').filter(Boolean)
		: []
);

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

	it('never copies a run of eight words of the article into our own texts', () => {
		const both = (t: { de: string; 'de-sie'?: string } | undefined) =>
			t ? [t.de, t['de-sie'] ?? ''] : [];
		const texts = [
			...defaultQuiz.questions.flatMap((q) => [
				...both(q.summary),
				...both(q.takeaway),
				...both(q.gist)
			]),
			...defaultQuiz.bands.flatMap((b) => [...both(b.meaning), ...both(b.next)]),
			...defaultQuiz.insights.flatMap((i) => both(i.text))
		];
		let runs = 0;
		for (const text of texts) {
			for (const run of wordRuns(text)) {
				expect(articleFingerprint.has(hashRun(run)), `copied from the article: „${run}“`).toBe(
					false
				);
				runs++;
			}
		}
		expect(runs).toBeGreaterThan(100);
	});

	it('gives every question a one-line gist and every band a next step, in both languages', () => {
		for (const q of defaultQuiz.questions) {
			for (const locale of LOCALES) {
				const gist = q.gist?.[locale] ?? '';
				expect(gist.length, `${q.id} gist ${locale}`).toBeGreaterThan(20);
				expect(gist.length, `${q.id} gist ${locale}`).toBeLessThanOrEqual(110);
			}
		}
		for (const band of defaultQuiz.bands) {
			for (const locale of LOCALES) expect(band.next?.[locale], band.id).toBeTruthy();
		}
	});

	it('credits the article by title only: it names no author, link or date, so none is made up', () => {
		expect(defaultQuiz.source).toEqual({
			title: 'Social Media, was bist du? – Ein Interview mit sozialen Medien'
		});
	});

	it('speaks to Sie campaigns: every text that says du has its Sie form, and none says du', () => {
		expect(offersSie(defaultQuiz)).toBe(true);
		const formal = [
			defaultQuiz.intro?.heading,
			defaultQuiz.intro?.text,
			...defaultQuiz.questions.map((q) => q.takeaway),
			...defaultQuiz.bands.flatMap((b) => [b.meaning, b.next]),
			...defaultQuiz.insights.map((i) => i.text)
		];
		for (const text of formal) {
			expect(text?.['de-sie'], text?.de).toBeTruthy();
			expect(informalWord(text?.['de-sie'] ?? ''), text?.['de-sie']).toBeNull();
		}
		// Question titles are the article's words to social media, the same for every reader.
		expect(defaultQuiz.questions.every((q) => q.title['de-sie'] === undefined)).toBe(true);
	});

	it('pins the shipped bands: 85 % and 60 %', () => {
		expect(defaultQuiz.bands.map((b) => [b.id, b.minPercent])).toEqual([
			['profi', 85],
			['gut', 60],
			['umdenken', 0]
		]);
	});
});

describe('the article fingerprint', () => {
	// The article lives beside the project (../shared/article), not in it; the fingerprint (hashes
	// of its eight-word runs, no readable text) does, so the copy check above runs everywhere.
	const articleFile = new URL(
		'../../../../shared/article/social-media-was-bist-du.txt',
		import.meta.url
	);
	const article = existsSync(articleFile) ? readFileSync(articleFile, 'utf8') : null;

	it.skipIf(article === null)('matches the article beside the project', () => {
		const hashes = [...new Set(wordRuns(article as string).map(hashRun))].sort();
		if (process.env.UPDATE_ARTICLE_FINGERPRINT)
			writeFileSync(fingerprintFile, hashes.join('\n') + '\n');
		expect(hashes, 'run with UPDATE_ARTICLE_FINGERPRINT=1 to refresh it').toEqual(
			[...articleFingerprint].sort()
		);
	});
});

describe('parseQuizContent', () => {
	it('names the bad field', () => {
		const broken = socialMediaQuiz() as unknown as {
			questions: { summary: { en: string }; verdict: { answer: string } }[];
		};
		(broken.questions[2] as { summary: { en: string } }).summary.en = '';
		expect(() => parseQuizContent(broken)).toThrow(/questions\.2\.summary\.en: must not be empty/);
		(broken.questions[0] as { verdict: { answer: string } }).verdict.answer = 'vielleicht';
		expect(() => parseQuizContent(broken)).toThrow(/questions\.0\.verdict\.answer/);
	});

	it('takes a source with author, link and date, and refuses a date that is not YYYY-MM-DD', () => {
		const withSource = socialMediaQuiz() as unknown as { source: object };
		withSource.source = {
			title: 'T',
			author: 'A. Autorin',
			url: 'https://example.org/artikel',
			date: '2014-05-02'
		};
		expect(parseQuizContent(withSource).source).toMatchObject({ date: '2014-05-02' });
		withSource.source = { title: 'T', date: '2.5.2014' };
		expect(() => parseQuizContent(withSource)).toThrow(/source\.date: must be a date/);
	});

	it('rejects duplicate ids and insights about unknown questions', () => {
		const dup = socialMediaQuiz();
		dup.questions[1]!.id = 'werbeflaeche';
		expect(() => parseQuizContent(dup)).toThrow(
			/questions\.1\.id: the same id as questions\.0\.id/
		);
		const badInsight = socialMediaQuiz();
		badInsight.insights[0]!.when.questions = ['werbeflaeche', 'tiktok'];
		expect(() => parseQuizContent(badInsight)).toThrow(
			/insights\.0\.when\.questions\.1: no question has the id "tiktok"/
		);
	});
});
