// Screenshots of the running app for review and the README:
//   node scripts/screenshots.js [base URL] [out dir]
// Phone (390 px) and desktop (1280 px), light and dark, and the print version of a result.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = process.argv[3] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const pages = {
	landing: '/',
	question: '/quiz/3?a=yp',
	error: '/quiz/3?a=yp&next=1',
	result: '/ergebnis/smBBmeHx',
	'result-en': '/en/ergebnis/smBBmeHx'
};

const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: chromiumArgs
});
for (const [width, height, label] of [
	[390, 844, 'phone'],
	[1280, 900, 'desktop']
]) {
	for (const colorScheme of ['light', 'dark']) {
		const context = await browser.newContext({
			viewport: { width, height },
			colorScheme,
			deviceScaleFactor: 1
		});
		const page = await context.newPage();
		for (const [name, path] of Object.entries(pages)) {
			await page.goto(base + path);
			await page.waitForLoadState('networkidle');
			if (name.startsWith('result')) {
				// The chart loads when it scrolls into view.
				await page.locator('canvas').scrollIntoViewIfNeeded();
				await page.waitForTimeout(800);
			}
			// A full-page capture: render what the browser skips until it is scrolled to.
			await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
			await page.screenshot({ path: `${out}/${name}-${label}-${colorScheme}.png`, fullPage: true });
		}
		if (colorScheme === 'light') {
			await page.goto(base + pages.result);
			await page.emulateMedia({ media: 'print' });
			await page.screenshot({ path: `${out}/result-${label}-print.png`, fullPage: true });
			if (label === 'desktop') await page.pdf({ path: `${out}/result.pdf`, format: 'A4' });
		}
		await context.close();
	}
}
await browser.close();
console.log(`Screenshots in ${out}`);
