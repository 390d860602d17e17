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
		'Der Autor',
		'Übereinstimmung'
	]);
	await expect(table.locator('tbody tr')).toHaveCount(8);
}

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
			await expect(page.locator('canvas')).toBeVisible();

			const fresh = await browser.newContext();
			const other = await fresh.newPage();
			await other.goto(page.url());
			await expectResult(other, percent, band, points);
			await fresh.close();
		});
	}

	test('the table explains partial credit and what it means for the business', async ({ page }) => {
		await page.goto('/quiz/1');
		await takeQuiz(page, all('Jein'));
		const row = page.getByRole('row', { name: /Verkaufs-Tool/ });
		await expect(row.getByRole('cell').nth(0)).toHaveText('Jein');
		await expect(row.getByRole('cell').nth(1)).toHaveText('Nein (noch nicht).');
		await expect(row.getByRole('cell').nth(2)).toHaveText(/Teilweise \(0,75 Pkt\.\)/);
		await row.getByText('Warum?').click();
		await expect(
			row.getByText('lässt aber „noch nicht“ offen – Jein liegt nah dran')
		).toBeVisible();
		await expect(
			row.getByRole('heading', { name: 'Was das für dein Unternehmen heißt' })
		).toBeVisible();
		// All Jein answers Werbefläche and Ads alike: the organic/paid insight appears.
		await expect(page.getByRole('heading', { name: 'Inhalte oder Anzeigen?' })).toBeVisible();
	});

	test('the chart script is loaded on the results page only', async ({ page }) => {
		const scripts: string[] = [];
		page.on('response', async (response) => {
			if (response.url().endsWith('.js') && (await response.text()).includes('_chartjs'))
				scripts.push(response.url());
		});
		await page.goto('/quiz/2?a=y');
		await page.getByRole('radio', { name: 'Ja' }).check();
		await page.getByRole('button', { name: 'Weiter' }).click();
		await expect(page).toHaveURL(/\/quiz\/3/);
		await page.waitForLoadState('networkidle');
		expect(scripts).toEqual([]);

		await page.goto('/ergebnis/smBBmeHx');
		await expect(page.locator('canvas')).toBeVisible();
		await expect.poll(() => scripts.length).toBe(1);
		await expect(
			page.getByRole('img', { name: /Diagramm: deine Antwort und die des Autors/ })
		).toBeVisible();
	});

	test('printing hides navigation and buttons and opens every explanation', async ({ page }) => {
		await page.goto('/ergebnis/smBBmeHx');
		await expect(page.locator('canvas')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Link kopieren' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Als PDF speichern' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Quiz wiederholen' })).toBeHidden();
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('contentinfo')).toBeHidden();
		await expect(page.getByText(/Erstellt am .* Dein Ergebnis online: http/)).toBeVisible();
		await expect(page.getByText('Die Sicht des Autors').first()).toBeVisible();
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
			await expect(page.locator('canvas')).toBeVisible();
			await page.getByText('Warum?').first().click();
			await expectNoAxeViolations(page);
		});
	}

	test('English results', async ({ page }) => {
		await page.goto('/en/ergebnis/smBBmeHx');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Time to rethink');
		await expect(page.getByText('3 of 8 points', { exact: true })).toBeVisible();
		await expect(page.getByRole('columnheader', { name: 'Your answer' })).toBeVisible();
		await expect(page).toHaveTitle(/38% – Time to rethink/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the same results, complete without the chart', async ({ page }) => {
		await page.goto('/quiz/1');
		await takeQuiz(page, all('Jein'));
		await expectResult(page, '59 %', 'Umdenken lohnt sich', '4,75 von 8 Punkten');
		await expect(page.locator('figure')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Link kopieren' })).toBeHidden();
		await expect(page.getByRole('textbox', { name: 'Link zu deinem Ergebnis' })).toHaveValue(
			page.url()
		);
		await page.getByText('Warum?').first().click();
		await expect(page.getByText('Die Sicht des Autors').first()).toBeVisible();
	});
});

test('a forwarded link previews with percent and band', async ({ request }) => {
	const html = await (await request.get('/ergebnis/smBBmeHx')).text();
	expect(html).toContain('<title>38 % – Umdenken lohnt sich | Social Media Check</title>');
	expect(html).toMatch(
		/<meta property="og:title" content="38 % – Umdenken lohnt sich \| Social Media Check"/
	);
	expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
	expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost:\d+\/og-image.png"/);
});

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
