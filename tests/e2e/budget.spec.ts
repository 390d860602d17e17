import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
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

test('the results page loads under 120 KB of JS and CSS (gzip) including chart.js', async ({
	page
}) => {
	const results = await assetsOf(page, '/ergebnis/smBBmeHx', async (p) => {
		await expect(p.locator('canvas')).toBeVisible();
		await p.waitForLoadState('networkidle');
	});
	const bytes = gzipBytes(results);
	console.log(`results with chart: ${(bytes / 1024).toFixed(1)} KB gzip (${results.size} files)`);
	expect(bytes).toBeLessThan(120 * 1024);
});
