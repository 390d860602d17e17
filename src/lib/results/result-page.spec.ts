import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { defaultQuiz, type QuizContent } from '$lib/content';
import { encodeShareCode } from '$lib/quiz/share-code';
import { loadResult } from './result-page';

const author = defaultQuiz.questions.map((q) => q.verdict.answer);
const code = encodeShareCode(defaultQuiz, author);

function status(run: () => unknown) {
	try {
		run();
		return 'ok';
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

describe('loadResult', () => {
	it('renders a result from its code alone, with the share link and the retake link', () => {
		const page = loadResult(code, new URL(`http://localhost/ergebnis/${code}?x=1`), '/quiz/1');
		expect(page.view).toMatchObject({ percent: 100, band: { id: 'profi' } });
		expect(page.url).toBe(`http://localhost/ergebnis/${code}`);
		expect(page.retakeHref).toBe('/quiz/1');
		expect(page.source.title).toBe(defaultQuiz.source.title);
		expect(page.date).toMatch(/\d{4}/);
		expect(page.qr.size).toBeGreaterThan(20);
		expect(page.qr.path).toMatch(/^M\d+ \d+h1v1h-1z/);
	});

	it.each([
		['a changed character', code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A')],
		['a truncated code', code.slice(0, 5)],
		['garbage', '<script>'],
		['an unknown quiz', encodeShareCode({ ...defaultQuiz, codePrefix: 'zz' }, author)],
		['an older version', encodeShareCode({ ...defaultQuiz, version: 0 }, author)]
	])('answers %s with the friendly 400', (_, broken) => {
		expect(status(() => loadResult(broken, new URL('http://localhost/'), '/quiz/1'))).toBe(400);
	});

	it('refuses a code of another quiz on a campaign pinned to one', () => {
		const other = { ...defaultQuiz, id: 'other' } as QuizContent;
		expect(status(() => loadResult(code, new URL('http://localhost/'), '/quiz/1', other))).toBe(
			400
		);
		expect(
			status(() => loadResult(code, new URL('http://localhost/'), '/quiz/1', defaultQuiz))
		).toBe('ok');
	});
});
