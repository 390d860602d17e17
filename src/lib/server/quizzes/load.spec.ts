import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { defaultQuiz } from '$lib/content';
import { lineWith, readmeExample } from '$lib/content/readme-example';
import { loadQuizzes, QuizFileError } from './load';

const example = readmeExample();
const dirs: string[] = [];

/** A QUIZ_DIR with these files in it. */
function quizDir(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'smc-quizzes-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}

function loadError(dir: string): string {
	try {
		loadQuizzes(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(QuizFileError);
		return (error as Error).message;
	}
	throw new Error('the quizzes loaded');
}

afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadQuizzes', () => {
	it('offers only the article’s quiz without QUIZ_DIR', () => {
		const set = loadQuizzes();
		expect(set.all).toEqual([defaultQuiz]);
		expect(set.default).toBe(defaultQuiz);
		expect(set.byId('social-media')).toBe(defaultQuiz);
	});

	it('adds the quizzes of QUIZ_DIR after it, in the order of their file names', () => {
		const second = { ...parse(example), id: 'zweites', codePrefix: 'zw' };
		const dir = quizDir({
			'b-newsletter.yaml': example,
			'a-zweites.json': JSON.stringify(second),
			'schema.json': readFileSync(
				new URL('../../../../quizzes/schema.json', import.meta.url),
				'utf8'
			),
			'notes.txt': 'not a quiz',
			'README.md': '# not a quiz either'
		});
		const set = loadQuizzes(dir);
		expect(set.all.map((q) => q.id)).toEqual(['social-media', 'zweites', 'newsletter']);
		expect(set.byId('newsletter')?.questions).toHaveLength(3);
		expect(set.fileOf('newsletter')).toBe(join(dir, 'b-newsletter.yaml'));
		expect(set.fileOf('social-media')).toBe('quizzes/social-media.yaml');
	});

	it('refuses a code prefix another quiz has: the file, the field and its line', () => {
		const dir = quizDir({ 'newsletter.yaml': example.replace('codePrefix: nl', 'codePrefix: sm') });
		expect(loadError(dir)).toBe(
			'Invalid quiz file (fix and start again):\n' +
				`${join(dir, 'newsletter.yaml')}:2: codePrefix: "sm" is already the code prefix of social-media (quizzes/social-media.yaml): each quiz needs its own, or share codes would be read as the other quiz`
		);
	});

	it('refuses a quiz id twice, across files', () => {
		const dir = quizDir({
			'a.yaml': example,
			'b.yaml': example.replace('codePrefix: nl', 'codePrefix: n2')
		});
		expect(loadError(dir)).toContain(
			`${join(dir, 'b.yaml')}:1: id: "newsletter" is already the id of the quiz in ${join(dir, 'a.yaml')}`
		);
	});

	it('names every problem of every file in one message', () => {
		const text = example.replace('answer: jein', 'answer: vielleicht');
		const dir = quizDir({
			'a.yaml': text,
			'b.yaml': stringify({ ...parse(example), id: 'b', codePrefix: 'bb', bands: [] })
		});
		const message = loadError(dir);
		expect(message.split('\n')).toEqual([
			'Invalid quiz files (fix and start again):',
			`${join(dir, 'a.yaml')}:${lineWith(text, 'vielleicht')}: questions.2.verdict.answer: must be one of nein, jein, ja`,
			expect.stringMatching(/b\.yaml:\d+: bands: must hold at least one band$/)
		]);
	});

	it('prints what the README shows for a missing verdict and an unknown answer', () => {
		const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
		const shown = readme
			.split('\n')
			.filter((line) => line.startsWith('/srv/quizzes/newsletter.yaml:'))
			.slice(0, 2);
		const text = example
			.replace(/ {4}verdict:\n {6}answer: nein\n {6}kind: plain\n.*\n/, '')
			.replace('answer: jein', 'answer: vielleicht');
		const dir = quizDir({ 'newsletter.yaml': text });
		const printed = loadError(dir).replaceAll(dir, '/srv/quizzes');
		expect(printed.split('\n').slice(1)).toEqual(shown);
		expect(shown).toHaveLength(2);
	});
});
