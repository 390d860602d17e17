import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultQuiz, LOCALES } from '$lib/content';

/** Width and height from a PNG's header (IHDR). */
function pngSize(file: URL): [number, number] {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('share previews', () => {
	const og = new URL('../../../static/og/', import.meta.url);
	const files = [
		...LOCALES.map((locale) => `landing-${locale}.png`),
		// Per band of the article's quiz; quizzes from QUIZ_DIR use the landing page's (result-page.ts).
		...defaultQuiz.bands.flatMap((band) =>
			LOCALES.map((locale) => `result-${band.id}-${locale}.png`)
		)
	];

	it.each(files)(
		'%s exists at 1200 × 630 (run `node scripts/og-images.js` after changes)',
		(name) => {
			const file = new URL(name, og);
			expect(existsSync(file), name).toBe(true);
			expect(pngSize(file)).toEqual([1200, 630]);
		}
	);
});
