import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { createCampaign, shareAsClient } from './campaign-helpers';
import { all, AUTHOR, expectNoAxeViolations, takeQuiz } from './helpers';
import { specPort, startServer } from './server';

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
	await expect(
		clientPage.getByRole('main').getByText('Anna Beispiel', { exact: true })
	).toBeVisible();
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
	await expect(shares.getByRole('rowheader', { name: /^Bäckerei M\./ })).toBeVisible();
	await expect(shares.getByRole('rowheader', { name: /^anonym/ })).toBeVisible();
	// Dates as people write them, without the time.
	const today = new Date().toISOString().slice(0, 10).split('-').reverse().join('.');
	await expect(shares.getByRole('cell', { name: today })).toHaveCount(2);

	// Per question: the counts drawn as bars, the same in words, the author's answer named.
	const werbeflaeche = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Werbefläche' }) });
	await expect(werbeflaeche).toContainText('Artikel: Nein.');
	await expect(werbeflaeche.getByRole('listitem')).toHaveText([
		/^Ja\s+1 \(50\s%\)\s*$/,
		/^Jein\s+0 \(0\s%\)\s*$/,
		/^Nein\s+1 \(50\s%\)\s*– Antwort des Artikels$/
	]);
	await expect(werbeflaeche).toContainText('50 % sehen es wie der Artikel');
	// Where the group is furthest from the author: all Ja is far from a plain Nein.
	const gaps = page.getByRole('region', {
		name: 'Wo die Gruppe am weitesten vom Artikel entfernt ist'
	});
	await expect(gaps.getByRole('listitem')).toHaveCount(3);
	await expect(gaps.getByRole('listitem').first()).toContainText('sehen es wie der Artikel');
	// No chart library on the dashboard: the bars are drawn on the server.
	await expect(page.locator('canvas')).toHaveCount(0);

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'CSV exportieren (Excel)' }).click();
	const csv = readFileSync((await (await download).path()) as string, 'utf8');
	expect(csv.startsWith('\uFEFFName oder Kürzel;Tag;Prozent;Stufe;Werbefläche;')).toBe(true);
	expect(csv).toContain('Bäckerei M.;');
	expect(csv.trim().split('\r\n')).toHaveLength(3);

	// Deleting one share asks first; cancelling keeps it.
	await shares.getByRole('link', { name: /Ergebnis von anonym .* löschen/ }).click();
	await expect(page.getByRole('heading', { name: 'Ergebnis löschen?' })).toBeVisible();
	await expect(page.getByText(/Das Ergebnis von anonym vom \d\d\.\d\d\.\d{4}/)).toBeVisible();
	await page.getByRole('link', { name: 'Abbrechen' }).click();
	await expect(shares.getByRole('row')).toHaveCount(3);
	await shares.getByRole('link', { name: /Ergebnis von anonym .* löschen/ }).click();
	await page.getByRole('button', { name: 'Endgültig löschen' }).click();
	await expect(page.getByText('Das Ergebnis wurde gelöscht.')).toBeVisible();
	await expect(shares.getByRole('row')).toHaveCount(2);
	await expect(page.getByRole('definition').first()).toHaveText('1');
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
		strangerPage.getByRole('heading', { name: 'Öffne deine Auswertung mit dem privaten Link' })
	).toBeVisible();
	const noKey = await strangerPage.goto(dashboardUrl.replace(/\?key=.*/, ''));
	expect(noKey?.status()).toBe(404);
	const unknown = await strangerPage.goto('/c/does-not-exist');
	expect(unknown?.status()).toBe(404);
	await expect(
		strangerPage.getByRole('heading', { name: 'Diese Kampagne gibt es nicht' })
	).toBeVisible();
	await stranger.close();

	// The secret link's own answer holds the key in its address: no Referer at all. The
	// dashboard holds forms: same-origin, so they carry their Origin.
	const keyAnswer = await page.request.get(dashboardUrl, { maxRedirects: 0 });
	expect(keyAnswer.status()).toBe(303);
	expect(keyAnswer.headers()['referrer-policy']).toBe('no-referrer');
	const response = await page.goto(dashboardUrl);
	expect(response?.headers()['referrer-policy']).toBe('same-origin');
	expect(response?.headers()['cache-control']).toBe('no-store');

	// Renewing asks first, and says the saved link stops working.
	await page.getByRole('link', { name: 'Neuen Auswertungs-Link erzeugen' }).click();
	await expect(page.getByText(/auch nicht der, den du in deinem Passwort-Manager/)).toBeVisible();
	await page.getByRole('link', { name: 'Abbrechen' }).click();
	await expect(page.getByRole('heading', { name: 'Auswertung' })).toBeVisible();
	const stillOld = await browser.newContext();
	expect((await (await stillOld.newPage()).goto(dashboardUrl))?.status()).toBe(200);
	await stillOld.close();
	await page.getByRole('link', { name: 'Neuen Auswertungs-Link erzeugen' }).click();
	await page.getByRole('button', { name: 'Ja, neuen Link erzeugen' }).click();
	const renewed = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	expect(renewed).not.toBe(dashboardUrl);
	const other = await browser.newContext();
	expect((await (await other.newPage()).goto(dashboardUrl))?.status()).toBe(404);
	expect((await (await other.newPage()).goto(renewed))?.status()).toBe(200);
	await other.close();
	await page.getByRole('link', { name: 'Zur Auswertung' }).click();

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
	await page.getByLabel('Dein Name').fill('A');
	await page.getByLabel(/^Kontakt-Link/).fill('javascript:alert(1)');
	await page.getByRole('textbox', { name: /^Akzentfarbe\s+\(optional/ }).fill('#ffff00');
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	await expect(page.getByRole('alert')).toHaveText('Bitte prüfe die markierten Felder.');
	await expect(page.getByLabel('Dein Name')).toHaveAccessibleDescription(
		/2 bis 80 Zeichen.*Bitte gib deinen Namen/
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
	await expect(page.getByRole('main').getByText(name, { exact: true })).toBeVisible();
	await expect(page.getByRole('banner')).toContainText(name);
	await expect(page.locator('img[src=x]')).toHaveCount(0);
	await expect(page).toHaveTitle(`Social Media Check mit ${name}`);
	const { context } = await shareAsClient(browser, publicUrl, '=SUM(A1)');
	await context.close();
	await page.goto(dashboardUrl);
	await expect(page.getByRole('banner')).toContainText(name);
	await expect(page.getByRole('rowheader', { name: /^=SUM\(A1\)/ })).toBeVisible();
	const csv = await (await page.request.get(page.url() + '/export.csv')).text();
	expect(csv).toContain("'=SUM(A1)");
	expect(csv).not.toMatch(/;=SUM/);
});

test('the campaign pages pass axe-core, light and dark', async ({ page, browser }) => {
	test.setTimeout(90_000);
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
		await expect(page.getByRole('heading', { name: 'Antworten je Frage' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Kampagne bearbeiten' }).click();
		await expectNoAxeViolations(page);
		await page.goBack();
		await page.getByRole('link', { name: /Ergebnis von A\. .* löschen/ }).click();
		await expect(page.getByRole('heading', { name: 'Ergebnis löschen?' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.goBack();
		await page.getByRole('link', { name: 'Neuen Auswertungs-Link erzeugen' }).click();
		await expectNoAxeViolations(page);
		// A bookmark after the session ended.
		const signedOut = await browser.newContext({ colorScheme });
		const closed = await signedOut.newPage();
		await closed.goto(new URL(dashboardUrl).pathname);
		await expectNoAxeViolations(closed);
		await signedOut.close();
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
		await expect(
			page.getByRole('rowheader', { name: new RegExp(`^${'x'.repeat(40)}`) })
		).toBeVisible();
	});

	test('the dashboard’s actions work with plain forms: delete a share, edit, renew', async ({
		page,
		browser
	}) => {
		const { publicUrl, dashboardUrl } = await createCampaign(page, 'Plain Forms');
		for (const alias of ['Erstens', 'Zweitens']) {
			await (await shareAsClient(browser, publicUrl, alias)).context.close();
		}
		await page.goto(dashboardUrl);
		const shares = page.getByRole('table', { name: 'Geteilte Ergebnisse, neueste zuerst' });
		await shares.getByRole('link', { name: /Ergebnis von Erstens .* löschen/ }).click();
		await expect(page.getByRole('heading', { name: 'Ergebnis löschen?' })).toBeVisible();
		await page.getByRole('button', { name: 'Endgültig löschen' }).click();
		// With Referrer-Policy no-referrer the browser sent Origin: null here, and the post was refused.
		await expect(page.getByText('Das Ergebnis wurde gelöscht.')).toBeVisible();
		await expect(shares.getByRole('row')).toHaveCount(2);
		await expect(shares.getByRole('rowheader', { name: /^Zweitens/ })).toBeVisible();
		// Back to the confirmation: it says the result is gone. The form sent again (a double
		// click) changes nothing and leads to the dashboard as well.
		await page.goBack();
		await expect(
			page.getByRole('heading', { name: 'Dieses Ergebnis gibt es nicht mehr' })
		).toBeVisible();
		const again = await page.request.post(`${page.url()}?/delete`, {
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
			form: {},
			maxRedirects: 0
		});
		expect(again.status()).toBe(303);
		await page.goto(dashboardUrl);
		await expect(shares.getByRole('row')).toHaveCount(2);

		await page.getByRole('link', { name: 'Kampagne bearbeiten' }).click();
		await page.getByLabel('Dein Name').fill('Plain Forms Neu');
		await page.getByRole('button', { name: 'Änderungen speichern' }).click();
		await expect(page.getByText(/^Gespeichert\./)).toBeVisible();
		await expect(page.getByRole('banner')).toContainText('Plain Forms Neu');

		await page.getByRole('link', { name: 'Neuen Auswertungs-Link erzeugen' }).click();
		await page.getByRole('button', { name: 'Ja, neuen Link erzeugen' }).click();
		const renewed = await page
			.getByRole('textbox', { name: 'Deine private Auswertung' })
			.inputValue();
		expect(renewed).not.toBe(dashboardUrl);
		await page.getByRole('link', { name: 'Zur Auswertung' }).click();
		await expect(page.getByRole('heading', { name: 'Auswertung' })).toBeVisible();
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
