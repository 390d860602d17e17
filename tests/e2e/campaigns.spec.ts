import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { all, AUTHOR, expectNoAxeViolations, takeQuiz } from './helpers';
import { specPort, startServer } from './server';

/** Creates a campaign through /berater; returns its public and dashboard links. */
async function createCampaign(
	page: Page,
	name: string,
	extra: Record<string, string> = {},
	base = ''
) {
	await page.goto(`${base}/berater`);
	await page.getByLabel('Name', { exact: true }).fill(name);
	if (extra.welcome) await page.getByLabel(/^Begrüßung/).fill(extra.welcome);
	if (extra.contact) await page.getByLabel(/^Kontakt-Link/).fill(extra.contact);
	if (extra.accent) await page.getByLabel(/^Akzentfarbe/).fill(extra.accent);
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	await expect(page.getByRole('heading', { name: 'Deine Kampagne ist bereit' })).toBeVisible();
	const publicUrl = await page.getByRole('textbox', { name: 'Link für deine Kunden' }).inputValue();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	return { publicUrl, dashboardUrl, slug: new URL(publicUrl).pathname.split('/')[2] as string };
}

/** A client takes the quiz through the campaign link in a browser of their own and shares. */
async function shareAsClient(browser: Browser, publicUrl: string, alias: string, choices = AUTHOR) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(publicUrl);
	await page.getByRole('link', { name: 'Quiz starten' }).click();
	await takeQuiz(page, choices);
	await expect(page).toHaveURL(/\/c\/[^/]+\/ergebnis\//);
	if (alias) await page.getByLabel('Name oder Kürzel').fill(alias);
	await page.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(page.getByText(/sieht dein Ergebnis jetzt in der Auswertung/)).toBeVisible();
	return { page, context };
}

test('a consultant’s campaign: create, clients share, dashboard and CSV', async ({
	page,
	browser
}) => {
	const { publicUrl, dashboardUrl, slug } = await createCampaign(page, 'Anna Beispiel', {
		welcome: 'Hallo!\nSchön, dass Sie da sind.',
		contact: 'mailto:anna@example.org',
		accent: '#7a1f5c'
	});
	expect(publicUrl).toMatch(/\/c\/anna-beispiel-[a-z0-9]{6}$/);
	expect(dashboardUrl).toMatch(
		/\/c\/anna-beispiel-[a-z0-9]{6}\/auswertung\?key=[A-Za-z0-9_-]{43}$/
	);
	await expect(page.getByText(/einzige Schlüssel zu deiner Auswertung/)).toBeVisible();
	await expect(page.getByRole('img', { name: /QR-Code mit dem Link/ })).toBeVisible();

	// Nothing is stored before "Ergebnis teilen".
	const client = await browser.newContext();
	const clientPage = await client.newPage();
	await clientPage.goto(publicUrl);
	await expect(clientPage.getByText('Anna Beispiel', { exact: true })).toBeVisible();
	await expect(clientPage.getByText(/Schön, dass Sie da sind/)).toBeVisible();
	await expect(clientPage.getByRole('link', { name: 'Kontakt zu Anna Beispiel' })).toHaveAttribute(
		'href',
		'mailto:anna@example.org'
	);
	await clientPage.getByRole('link', { name: 'Quiz starten' }).click();
	await takeQuiz(clientPage, all('Jein'));
	await expect(clientPage.getByRole('heading', { level: 1 })).toContainText('59 %');
	await client.close();

	const first = await shareAsClient(browser, publicUrl, 'Bäckerei M.');
	// Reloading after sharing stores nothing new.
	await first.page.reload();
	await expect(first.page.getByText(/sieht dein Ergebnis jetzt/)).toBeVisible();
	await first.context.close();
	await (await shareAsClient(browser, publicUrl, '', all('Ja'))).context.close();

	await page.goto(dashboardUrl);
	await expect(page).toHaveURL(new RegExp(`/c/${slug}/auswertung$`));
	await expect(page.getByRole('heading', { name: 'Auswertung' })).toBeVisible();
	await expect(page.getByRole('definition').first()).toHaveText('2');
	await expect(page.getByText('75 %', { exact: true })).toBeVisible();
	const shares = page.getByRole('table', { name: 'Geteilte Ergebnisse, neueste zuerst' });
	await expect(shares.getByRole('row')).toHaveCount(3);
	await expect(shares.getByRole('rowheader', { name: 'Bäckerei M.' })).toBeVisible();
	await expect(shares.getByRole('rowheader', { name: 'anonym' })).toBeVisible();
	await expect(page.locator('canvas')).toBeVisible();
	const answers = page.getByRole('table', { name: 'Antworten je Frage' });
	await expect(answers.getByRole('row', { name: /Werbefläche/ }).getByRole('cell')).toHaveText([
		'Nein.',
		'1',
		'0',
		'1'
	]);

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'CSV exportieren (Excel)' }).click();
	const csv = readFileSync((await (await download).path()) as string, 'utf8');
	expect(csv.startsWith('\uFEFFName oder Kürzel;Tag;Prozent;Stufe;Werbefläche;')).toBe(true);
	expect(csv).toContain('Bäckerei M.;');
	expect(csv.trim().split('\r\n')).toHaveLength(3);

	// Deleting one share.
	await shares.getByRole('button', { name: /Ergebnis von anonym .* löschen/ }).click();
	await expect(page.getByText('Das Ergebnis wurde gelöscht.')).toBeVisible();
	await expect(shares.getByRole('row')).toHaveCount(2);
});

test('the dashboard: wrong keys, renewing the link, deleting the campaign', async ({
	page,
	browser
}) => {
	const { publicUrl, dashboardUrl } = await createCampaign(page, 'Delete Me');

	const stranger = await browser.newContext();
	const strangerPage = await stranger.newPage();
	const wrong = await strangerPage.goto(dashboardUrl.replace(/key=.*/, 'key=wrong'));
	expect(wrong?.status()).toBe(404);
	await expect(
		strangerPage.getByRole('heading', { name: 'Diese Kampagne gibt es nicht' })
	).toBeVisible();
	const noKey = await strangerPage.goto(dashboardUrl.replace(/\?key=.*/, ''));
	expect(noKey?.status()).toBe(404);
	const unknown = await strangerPage.goto('/c/does-not-exist');
	expect(unknown?.status()).toBe(404);
	await stranger.close();

	const response = await page.goto(dashboardUrl);
	expect(response?.headers()['referrer-policy']).toBe('no-referrer');
	expect(response?.headers()['cache-control']).toBe('no-store');
	await page.getByRole('button', { name: 'Neuen Auswertungs-Link erzeugen' }).click();
	const renewed = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	expect(renewed).not.toBe(dashboardUrl);
	const other = await browser.newContext();
	expect((await (await other.newPage()).goto(dashboardUrl))?.status()).toBe(404);
	expect((await (await other.newPage()).goto(renewed))?.status()).toBe(200);
	await other.close();

	await page.getByLabel('Name der Kampagne').fill('Delete me');
	await page.getByRole('button', { name: 'Kampagne löschen' }).click();
	await expect(
		page.getByText('Der Name stimmt nicht überein. Es wurde nichts gelöscht.')
	).toBeVisible();
	await page.getByLabel('Name der Kampagne').fill('Delete Me');
	await page.getByRole('button', { name: 'Kampagne löschen' }).click();
	await expect(page).toHaveURL(/\/berater\?geloescht=1$/);
	await expect(
		page.getByText('Die Kampagne und alle ihre Ergebnisse sind gelöscht.')
	).toBeVisible();
	expect((await page.goto(publicUrl))?.status()).toBe(404);
});

test('the campaign form explains what is wrong, field by field, and keeps the values', async ({
	page
}) => {
	await page.goto('/berater');
	await page.getByLabel('Name', { exact: true }).fill('A');
	await page.getByLabel(/^Kontakt-Link/).fill('javascript:alert(1)');
	await page.getByLabel(/^Akzentfarbe/).fill('#ffff00');
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	await expect(page.getByRole('alert')).toHaveText('Bitte prüfe die markierten Felder.');
	await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(
		/2 bis 80 Zeichen.*Bitte gib einen Namen/
	);
	await expect(page.getByLabel(/^Kontakt-Link/)).toHaveValue('javascript:alert(1)');
	await expect(
		page.getByText('Erlaubt sind nur Links mit https:, http: oder mailto:.')
	).toBeVisible();
	await expect(page.getByText(/Diese Farbe ist zu hell/)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('HTML in a campaign name is shown as text everywhere', async ({ page, browser }) => {
	const name = '<img src=x onerror=alert(1)> <b>Bold</b> & "Co"';
	const { publicUrl, dashboardUrl } = await createCampaign(page, name);
	page.on('dialog', () => {
		throw new Error('a script ran');
	});
	await expect(page.getByText(name, { exact: true })).toBeVisible();
	await page.goto(publicUrl);
	await expect(page.getByText(name, { exact: true })).toBeVisible();
	await expect(page.locator('img[src=x]')).toHaveCount(0);
	await expect(page).toHaveTitle(`Social Media Check mit ${name}`);
	const { context } = await shareAsClient(browser, publicUrl, '=SUM(A1)');
	await context.close();
	await page.goto(dashboardUrl);
	await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
	await expect(page.getByRole('rowheader', { name: '=SUM(A1)' })).toBeVisible();
	const csv = await (await page.request.get(page.url() + '/export.csv')).text();
	expect(csv).toContain("'=SUM(A1)");
	expect(csv).not.toMatch(/;=SUM/);
});

test('the campaign pages pass axe-core, light and dark', async ({ page, browser }) => {
	const { publicUrl, dashboardUrl } = await createCampaign(page, 'Axe Check', {
		accent: '#1f4e79'
	});
	await (await shareAsClient(browser, publicUrl, 'A.')).context.close();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/berater');
		await expectNoAxeViolations(page);
		await page.goto(publicUrl);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Quiz starten' }).click();
		await expect(page.getByRole('group')).toBeVisible();
		await expectNoAxeViolations(page);
		await page.goto(publicUrl + '/ergebnis/smBBmeHx');
		await expectNoAxeViolations(page);
		await page.goto(dashboardUrl);
		await expect(page.locator('canvas')).toBeVisible();
		await expectNoAxeViolations(page);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('creating a campaign and sharing a result work with plain forms', async ({
		page,
		browser
	}) => {
		const { publicUrl, dashboardUrl } = await createCampaign(page, 'No Script');
		const context = await browser.newContext({ javaScriptEnabled: false });
		const client = await context.newPage();
		await client.goto(publicUrl);
		await client.getByRole('link', { name: 'Quiz starten' }).click();
		await takeQuiz(client, AUTHOR);
		await client.getByLabel('Name oder Kürzel').fill('x'.repeat(40));
		await client.getByRole('button', { name: 'Ergebnis teilen' }).click();
		await expect(client.getByText(/sieht dein Ergebnis jetzt/)).toBeVisible();
		await context.close();
		await page.goto(dashboardUrl);
		await expect(page.getByRole('rowheader', { name: 'x'.repeat(40) })).toBeVisible();
	});
});

test.describe('wrong dashboard keys', () => {
	// Wrong keys count per client address across all campaigns, and every test here comes from
	// 127.0.0.1: this test gets an instance of its own with a low limit.
	let server: Awaited<ReturnType<typeof startServer>>;
	test.beforeAll(async () => {
		server = await startServer({
			port: specPort(10),
			env: { RATE_LIMIT_KEY_FAILURES_PER_15_MIN: '3' }
		});
	});
	test.afterAll(() => server.stop());

	test('are rate-limited with Retry-After, for real and unknown campaigns alike', async ({
		browser,
		page
	}) => {
		const { slug } = await createCampaign(page, 'Brute Force Target', {}, server.url);
		const context = await browser.newContext();
		const attacker = await context.newPage();
		const statuses: number[] = [];
		for (let i = 0; i < 4; i++) {
			const response = await attacker.goto(`${server.url}/c/${slug}/auswertung?key=guess${i}`);
			statuses.push(response?.status() ?? 0);
		}
		expect(statuses).toEqual([404, 404, 404, 429]);
		const unknown = await attacker.goto(`${server.url}/c/nobody-abc123/auswertung?key=guess`);
		expect(unknown?.status()).toBe(429);
		expect(Number(unknown?.headers()['retry-after'])).toBeGreaterThan(0);
		await expect(attacker.getByRole('heading', { name: 'Zu viele Anfragen' })).toBeVisible();
		await context.close();
	});
});
