import { describe, expect, it } from 'vitest';
import { defaultQuiz, type QuizContent } from '$lib/content';
import { sourceCredit } from './source';

describe('sourceCredit', () => {
	it('names only the title for the shipped article, which gives no author, link or date', () => {
		expect(sourceCredit(defaultQuiz, 'de')).toEqual({
			title: defaultQuiz.source.title,
			author: null,
			url: null,
			date: null
		});
	});

	it('passes on author and link and writes the date per language', () => {
		const quiz = {
			...defaultQuiz,
			source: { title: 'T', author: 'A. Autorin', url: 'https://example.org/a', date: '2014-05-02' }
		} as QuizContent;
		expect(sourceCredit(quiz, 'de')).toEqual({
			title: 'T',
			author: 'A. Autorin',
			url: 'https://example.org/a',
			date: { iso: '2014-05-02', text: '2. Mai 2014' }
		});
		expect(sourceCredit(quiz, 'en').date?.text).toBe('2 May 2014');
	});
});
