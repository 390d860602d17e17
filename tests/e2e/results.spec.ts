import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { all, AUTHOR, expectNoAxeViolations, takeQuiz, type Choice } from './helpers';

const patterns: [string, Choice[], string, string, string][] = [
	['the author’s answers', AUTHOR, '100 %', 'Kommunikations-Profi', '8 von 8 Punkten'],
	['all Jein', all('Jein'), '59 %', 'Umdenken lohnt sich', '4,75 von 8 Punkten'],
	['all Ja', all('Ja'), '50 %', 'Umdenken lohnt sich', '4 von 8 Punkten'],
	['all Nein', all('Nein'), '56 %', 'Umdenken lohnt sich', '4,5 von 8 Punkten']
];

async function expectResult(page: Page, percent: string, band: string, points: string) {
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toContainText(percent);
	await expect(heading).toContainText(band);
	await expect(page.getByText(points, { exact: true })).toBeVisible();
	const table = page.getByRole('table');
	await expect(table.getByRole('columnheader')).toHaveText([
		'Frage',
		'Deine Antwort',
		'Artikel',
		'Übereinstimmung',
		'Begründung'
	]);
	await expect(table.locator('tbody tr')).toHaveCount(8);
}

/** Scrolls the chart into view and waits until chart.js has drawn it (it sizes the canvas). */
async function expectChartDrawn(page: Page) {
	const canvas = page.locator('canvas');
	await canvas.scrollIntoViewIfNeeded();
	await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(300);
}

/** Headings of visible sections whose content besides the heading shows nothing. */
function sectionsWithOnlyAHeading(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('main section')]
			.filter((section) => section.checkVisibility())
			.filter(
				(section) =>
					![...section.children].some(
						(child) =>
							!/^H[1-6]$/.test(child.tagName) &&
							child.checkVisibility() &&
							child.getBoundingClientRect().height > 0
					)
			)
			.map((section) => section.querySelector('h2')?.textContent ?? '(no heading)')
	);
}

/** The reasoning of a question's card: open or closed. */
const reasoning = (page: Page, title: RegExp) =>
	page.getByRole('row', { name: title }).getByText('Die Sicht des Artikels');

test.describe('with JavaScript', () => {
	for (const [name, choices, percent, band, points] of patterns) {
		test(`${name} give ${percent}, and the link shows the same in a fresh browser`, async ({
			page,
			browser
		}) => {
			await page.goto('/quiz/1');
			await takeQuiz(page, choices);
			await expect(page).toHaveURL(/\/ergebnis\//);
			await expectResult(page, percent, band, points);
			await expectChartDrawn(page);

			const fresh = await browser.newContext();
			const other = await fresh.newPage();
			await other.goto(page.url());
			await expectResult(other, percent, band, points);
			await fresh.close();
		});
	}

	test('the cards explain partial credit and what it means for the business', async ({ page }) => {
		await page.goto('/quiz/1');
		await takeQuiz(page, all('Jein'));
		const row = page.getByRole('row', { name: /Verkaufs-Tool/ });
		await expect(row.getByRole('cell').nth(0)).toHaveText('Du: Jein');
		await expect(row.getByRole('cell').nth(1)).toHaveText('Artikel: Nein (noch nicht).');
		await expect(row.getByRole('cell').nth(2)).toHaveText(/Teilweise \(0,75 Pkt\.\)/);
		// Jein differs from the article's Nein: the reasoning is open without a click.
		await expect(row.getByText('schränkt das aber mit „noch nicht“ ein')).toBeVisible();
		await expect(
			row.getByRole('heading', { name: 'Was das für dein Unternehmen heißt' })
		).toBeVisible();
		// All Jein answers Werbefläche and Ads alike: the organic/paid insight appears.
		await expect(page.getByRole('heading', { name: 'Inhalte oder Anzeigen?' })).toBeVisible();
	});

	test('questions that differ open their reasoning; the others have a toggle', async ({ page }) => {
		// Werbefläche: Ja against Nein (different); Verkaufs-Tool: Jein against Nein (noch nicht).
		await page.goto('/quiz/1');
		await takeQuiz(page, ['Ja', 'Jein', 'Jein', 'Ja', 'Nein', 'Ja', 'Nein', 'Ja']);
		await expect(reasoning(page, /Werbefläche/)).toBeVisible();
		await expect(reasoning(page, /Verkaufs-Tool/)).toBeVisible();
		await expect(reasoning(page, /Traffic-Lieferant/)).toBeHidden();
		await expect(reasoning(page, /Kommunikations-Kanal/)).toBeHidden();

		// "Wo du umdenken könntest": what the article says and why, one line each.
		const rethink = page.getByRole('region', { name: 'Wo du umdenken könntest' });
		await expect(rethink.getByRole('listitem').getByRole('heading')).toHaveText([
			'Werbefläche',
			'Verkaufs-Tool'
		]);
		await expect(rethink.getByText('Artikel: Nein (noch nicht).')).toBeVisible();

		// The toggle is a real disclosure (a summary), named with its question: the keyboard opens
		// and closes it.
		const toggle = page.getByRole('row', { name: /Traffic-Lieferant/ }).locator('summary');
		await expect(toggle).toHaveText('Begründung des Artikels – Traffic-Lieferant');
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(reasoning(page, /Traffic-Lieferant/)).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(reasoning(page, /Traffic-Lieferant/)).toBeHidden();
	});

	test('a 100 % result gets a next step, not only praise', async ({ page }) => {
		await page.goto('/quiz/1');
		await takeQuiz(page, AUTHOR);
		const rethink = page.getByRole('region', { name: 'Wo du umdenken könntest' });
		await expect(rethink.getByText(/auf der Linie des Artikels/)).toBeVisible();
		await expect(rethink.getByRole('heading', { name: 'Dein nächster Schritt' })).toBeVisible();
		await expect(reasoning(page, /Werbefläche/)).toBeHidden();
	});

	test('the source is named, and the verdicts are the article’s view', async ({ page }) => {
		await page.goto('/ergebnis/smBBmeHx');
		await expect(
			page.getByText('Quelle: „Social Media, was bist du? – Ein Interview mit sozialen Medien“', {
				exact: true
			})
		).toBeVisible();
		await expect(page.getByText(/^So sieht es der Artikel:/)).toBeVisible();
	});

	test('chart.js is fetched only when the chart scrolls into view', async ({ page }) => {
		const scripts: string[] = [];
		page.on('response', async (response) => {
			if (!response.url().endsWith('.js')) return;
			// A script of a page already navigated away from has no body left to read: not chart.js.
			const body = await response.text().catch(() => '');
			if (body.includes('_chartjs')) scripts.push(response.url());
		});
		await page.goto('/quiz/2?a=y');
		await page.getByRole('radio', { name: 'Ja' }).check();
		await page.getByRole('button', { name: 'Weiter' }).click();
		await expect(page).toHaveURL(/\/quiz\/3/);
		await page.waitForLoadState('networkidle');
		expect(scripts).toEqual([]);

		// The results page loads without it: the chart is below the first screen.
		await page.goto('/ergebnis/smBBmeHx');
		await page.waitForLoadState('networkidle');
		expect(scripts).toEqual([]);
		await expectChartDrawn(page);
		expect(scripts).toHaveLength(1);
		await expect(
			page.getByRole('img', { name: /Diagramm: deine Antwort und die des Artikels/ })
		).toBeVisible();
		// Qualified verdicts are explained in words beside the chart.
		await expect(page.getByText(/„mit Einschränkung“: Der Artikel lässt/)).toBeVisible();
	});

	test('printing hides navigation, buttons and the chart, opens every explanation and adds the way back', async ({
		page
	}) => {
		await page.goto('/ergebnis/smBBmeHx');
		await expectChartDrawn(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Link kopieren' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Als PDF speichern' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Quiz wiederholen' })).toBeHidden();
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('contentinfo')).toBeHidden();
		await expect(
			page.getByRole('heading', { name: 'Du und der Artikel im Überblick' })
		).toBeHidden();
		await expect(page.getByText(/Erstellt am .* Dein Ergebnis online: http/)).toBeVisible();
		await expect(
			page.getByRole('img', { name: 'QR-Code: zurück zu diesem Ergebnis' })
		).toBeVisible();
		for (const title of [/Werbefläche/, /Traffic-Lieferant/, /Kommunikations-Kanal/])
			await expect(reasoning(page, title)).toBeVisible();
	});

	test('"Link kopieren" copies the result link', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto('/ergebnis/smBBmeHx');
		await page.getByRole('button', { name: 'Link kopieren' }).click();
		await expect(page.getByRole('status')).toHaveText('Link kopiert.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/ergebnis/smBBmeHx`
		);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`the results page passes axe-core (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto('/ergebnis/smBBmeHx');
			await expectChartDrawn(page);
			// Every part rendered (below the first screen the browser may skip rendering until scrolled).
			await page.addStyleTag({ content: '.later { content-visibility: visible !important }' });
			await page.getByText('Begründung des Artikels').first().click();
			await expectNoAxeViolations(page);
		});
	}

	test('English results', async ({ page }) => {
		await page.goto('/en/ergebnis/smBBmeHx');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Time to rethink');
		await expect(page.getByText('3 of 8 points', { exact: true })).toBeVisible();
		await expect(page.getByRole('columnheader', { name: 'Your answer' })).toHaveCount(1);
		await expect(
			page
				.getByRole('row', { name: /traffic source/ })
				.getByRole('cell')
				.nth(1)
		).toHaveText('Article: Partly.');
		await expect(page).toHaveTitle(/38% – Time to rethink/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the same results, complete, and no chart section without its chart', async ({ page }) => {
		await page.goto('/quiz/1');
		await takeQuiz(page, ['Ja', 'Jein', 'Jein', 'Ja', 'Nein', 'Ja', 'Nein', 'Ja']);
		await expectResult(page, '84 %', 'Auf gutem Weg', '6,75 von 8 Punkten');
		// No heading above an empty box: the whole chart section is left out.
		await expect(
			page.getByRole('heading', { name: 'Du und der Artikel im Überblick' })
		).toBeHidden();
		await expect(page.locator('canvas')).toBeHidden();
		expect(await sectionsWithOnlyAHeading(page)).toEqual([]);
		await expect(page.getByRole('button', { name: 'Link kopieren' })).toBeHidden();
		await expect(page.getByRole('textbox', { name: 'Link zu deinem Ergebnis' })).toHaveValue(
			page.url()
		);
		// The score ring is drawn on the server.
		await expect(page.locator('h1 svg circle')).toHaveCount(2);
		// Differing questions are open, the others open with their toggle.
		await expect(reasoning(page, /Werbefläche/)).toBeVisible();
		await expect(reasoning(page, /Traffic-Lieferant/)).toBeHidden();
		await page
			.getByRole('row', { name: /Traffic-Lieferant/ })
			.getByText('Begründung des Artikels')
			.click();
		await expect(reasoning(page, /Traffic-Lieferant/)).toBeVisible();
	});
});

test('a forwarded link previews with percent, band and an image of its band and language', async ({
	request
}) => {
	const html = await (await request.get('/ergebnis/smBBmeHx')).text();
	expect(html).toContain('<title>38 % – Umdenken lohnt sich | Social Media Check</title>');
	expect(html).toMatch(
		/<meta property="og:title" content="38 % – Umdenken lohnt sich \| Social Media Check"/
	);
	expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);

	const images = new Set<string>();
	for (const [path, file] of [
		['/ergebnis/smBAOPEb', 'result-profi-de.png'],
		['/en/ergebnis/smBAOPEb', 'result-profi-en.png'],
		['/ergebnis/smBBmeHx', 'result-umdenken-de.png'],
		['/en/ergebnis/smBBmeHx', 'result-umdenken-en.png'],
		// Ja Ja Nein Ja Nein Ja Nein Ja: 6,5 of 8, 81 %
		['/ergebnis/' + (await codeOf(request, 'yynynyn', 'ja')), 'result-gut-de.png'],
		['/en/ergebnis/' + (await codeOf(request, 'yynynyn', 'ja')), 'result-gut-en.png'],
		['/', 'landing-de.png'],
		['/en', 'landing-en.png']
	] as const) {
		const page = await (await request.get(path)).text();
		const image = page.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? '';
		expect(image, path).toMatch(new RegExp(`^http://localhost:\\d+/og/${file}$`));
		expect(page, path).toMatch(/<meta property="og:image:alt" content="[^"]+"/);
		const response = await request.get(new URL(image).pathname);
		expect(response.status(), image).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		images.add(image);
	}
	expect(images.size).toBe(8);
});

/** The share code the quiz flow gives for these answers (7 letters, then the last answer). */
async function codeOf(
	request: import('@playwright/test').APIRequestContext,
	first7: string,
	last: string
) {
	const response = await request.get(`/quiz/8?a=${first7}&answer=${last}&next=1`, {
		maxRedirects: 0
	});
	return (response.headers().location ?? '').split('/').at(-1) ?? '';
}

test.describe('broken result links give a friendly 400 page', () => {
	const valid = 'smBBmeHx';
	for (const [name, code] of [
		['truncated', valid.slice(0, -1)],
		['one character changed', valid.slice(0, 4) + (valid[4] === 'A' ? 'B' : 'A') + valid.slice(5)],
		['very long', valid.repeat(200)],
		['non-ASCII', 'smBBmäHx'],
		['garbage', '%F0%9F%92%A9']
	] as const) {
		test(name, async ({ page }) => {
			const response = await page.goto(`/ergebnis/${code}`);
			expect(response?.status()).toBe(400);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Dieser Link ist beschädigt'
			);
			await expect(page.getByRole('link', { name: 'Quiz starten' })).toHaveAttribute(
				'href',
				'/quiz/1'
			);
			await expect(page.getByRole('table')).toHaveCount(0);
		});
	}

	test('in English', async ({ page }) => {
		const response = await page.goto('/en/ergebnis/nonsense');
		expect(response?.status()).toBe(400);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is broken');
		await expect(page.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute(
			'href',
			'/en/quiz/1'
		);
	});
});
