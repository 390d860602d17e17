import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Byte budgets, deterministic: the scripts and stylesheets a real page load requests are
 * looked up in the build and gzipped here (level 9), so the figure does not depend on the
 * server's compression or on timing.
 */
const clientDir = join(process.cwd(), 'build', 'client');

async function assetsOf(page: Page, url: string, waitFor?: (page: Page) => Promise<void>) {
	const paths = new Set<string>();
	const record = (request: { url(): string }) => {
		const { pathname } = new URL(request.url());
		if (/\.(js|css)$/.test(pathname)) paths.add(pathname);
	};
	page.on('request', record);
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	await waitFor?.(page);
	page.off('request', record);
	return paths;
}

function gzipBytes(paths: Iterable<string>): number {
	let total = 0;
	for (const path of paths)
		total += gzipSync(readFileSync(join(clientDir, path)), { level: 9 }).length;
	return total;
}

test('landing page and a question page load under 40 KB of JS and CSS (gzip)', async ({ page }) => {
	const landing = await assetsOf(page, '/');
	const question = await assetsOf(page, '/quiz/2?a=y');
	const bytes = gzipBytes(new Set([...landing, ...question]));
	console.log(
		`landing + question: ${(bytes / 1024).toFixed(1)} KB gzip (${landing.size} + ${question.size} files)`
	);
	expect(bytes).toBeLessThan(40 * 1024);
});

test('the results page loads under 50 KB of JS and CSS (gzip), and under 120 KB with its chart', async ({
	page
}) => {
	// First load: the chart is below the first screen, so chart.js is not part of it.
	const first = await assetsOf(page, '/ergebnis/smBBmeHx');
	const firstBytes = gzipBytes(first);
	const all = new Set(first);
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (/\.(js|css)$/.test(pathname)) all.add(pathname);
	});
	const canvas = page.locator('canvas');
	await canvas.scrollIntoViewIfNeeded();
	await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(300);
	await page.waitForLoadState('networkidle');
	const withChart = gzipBytes(all);
	console.log(
		`results: ${(firstBytes / 1024).toFixed(1)} KB gzip first load (${first.size} files), ` +
			`${(withChart / 1024).toFixed(1)} KB with the chart (${all.size} files)`
	);
	expect(firstBytes).toBeLessThan(50 * 1024);
	expect(withChart).toBeLessThan(120 * 1024);
});

test('quiz files reach pages only through server loads: no client file holds a quiz or the YAML parser', () => {
	const files = readdirSync(clientDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.js')
	);
	expect(files.length).toBeGreaterThan(10);
	// A sentence of the article's quiz (its Sie form too), and words only the YAML parser has.
	const markers = ['Plane deine Beiträge', 'Planen Sie Ihre Beiträge', 'Implicit keys need to be'];
	const found = files.flatMap((file) => {
		const text = readFileSync(join(clientDir, file), 'utf8');
		return markers.filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`);
	});
	expect(found).toEqual([]);
});
