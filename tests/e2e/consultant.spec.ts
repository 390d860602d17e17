import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CODES, createCampaign, shareByPost } from './campaign-helpers';
import { specPort, startServer } from './server';

/** Nothing in the page reaches past the right edge of the viewport. */
/** The accent colour the page's stylesheet gives its root. */
function accentOf(page: Page) {
	return page.evaluate(() =>
		getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()
	);
}

async function expectNoHorizontalOverflow(page: Page) {
	const layout = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const outside = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const rect = el.getBoundingClientRect();
				return rect.width > 0 && rect.right > width + 0.5;
			})
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
		return { width, scrollWidth: document.documentElement.scrollWidth, outside };
	});
	expect(layout.scrollWidth, page.url()).toBeLessThanOrEqual(layout.width);
	expect(layout.outside, page.url()).toEqual([]);
}

test('the secret link opens the dashboard when clicked in webmail, on another site', async ({
	page,
	browser
}) => {
	const { dashboardUrl, slug } = await createCampaign(page, 'Webmail Klick');
	// A fresh browser: no session yet. Webmail opens links in a new tab, without a Referer.
	const context = await browser.newContext();
	const mail = await context.newPage();
	await mail.route('http://webmail.example/**', (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><title>Posteingang</title>
				<p>Hier ist deine Auswertung:
				<a href="${dashboardUrl}" target="_blank" rel="noopener noreferrer">Auswertung öffnen</a></p>`
		})
	);
	await mail.goto('http://webmail.example/inbox/42');
	const [dashboard] = await Promise.all([
		context.waitForEvent('page'),
		mail.getByRole('link', { name: 'Auswertung öffnen' }).click()
	]);
	await expect(dashboard).toHaveURL(new RegExp(`/c/${slug}/auswertung$`));
	await expect(dashboard.getByRole('heading', { level: 1, name: 'Auswertung' })).toBeVisible();
	await expect(dashboard.getByRole('banner')).toContainText('Webmail Klick');
	// And a link in the same tab works as well.
	await mail.goto('http://webmail.example/inbox/43');
	await mail.evaluate(() => document.querySelector('a')?.removeAttribute('target'));
	await context.clearCookies();
	await mail.getByRole('link', { name: 'Auswertung öffnen' }).click();
	await expect(mail.getByRole('heading', { level: 1, name: 'Auswertung' })).toBeVisible();
	await context.close();
});

test('a bookmark after the session ended says what to do, and gives nothing away', async ({
	page,
	browser
}) => {
	const { dashboardUrl, slug } = await createCampaign(page, 'Lesezeichen');
	const context = await browser.newContext();
	const consultant = await context.newPage();
	await consultant.goto(dashboardUrl);
	await expect(consultant.getByRole('heading', { name: 'Auswertung' })).toBeVisible();
	// The session ends (12 hours, another browser, a cleared cookie): the bookmark is the clean URL.
	await context.clearCookies();
	const bookmark = await consultant.goto(`/c/${slug}/auswertung`);
	expect(bookmark?.status()).toBe(404);
	await expect(
		consultant.getByRole('heading', { name: 'Öffne deine Auswertung mit dem privaten Link' })
	).toBeVisible();
	await expect(
		consultant.getByText(
			/Öffne den privaten Link aus deiner E-Mail oder deinem Passwort-Manager erneut/
		)
	).toBeVisible();
	await expect(consultant.getByText('Diese Kampagne gibt es nicht')).toHaveCount(0);
	const real = await consultant.locator('main').innerText();
	const realTitle = await consultant.title();

	// An unknown campaign, a forged cookie and a wrong key get the very same page.
	for (const [path, cookie] of [
		['/c/nobody-abc123/auswertung', null],
		[`/c/${slug}/auswertung`, 'forged'],
		[`/c/${slug}/auswertung?key=wrong`, null],
		[`/c/nobody-abc123/auswertung?key=wrong`, null]
	] as const) {
		await context.clearCookies();
		if (cookie) {
			await context.addCookies([
				{ name: `dashboard-${slug}`, value: cookie, url: new URL(dashboardUrl).origin }
			]);
		}
		const response = await consultant.goto(path);
		expect(response?.status(), path).toBe(404);
		expect(await consultant.locator('main').innerText(), path).toBe(real);
		expect(await consultant.title(), path).toBe(realTitle);
	}
	// The campaign's public page still tells unknown campaigns apart, as a public link must.
	await consultant.goto('/c/nobody-abc123');
	await expect(
		consultant.getByRole('heading', { name: 'Diese Kampagne gibt es nicht' })
	).toBeVisible();
	await context.close();
});

test('editing a campaign: every field, checked as when creating, the link stays', async ({
	page,
	browser
}) => {
	const { dashboardUrl, publicUrl, slug } = await createCampaign(page, 'Anna Alt', {
		contact: 'https://alt.example'
	});
	await page.goto(dashboardUrl);
	await page.getByRole('link', { name: 'Kampagne bearbeiten' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kampagne bearbeiten' })).toBeVisible();
	await expect(page.getByLabel('Dein Name')).toHaveValue('Anna Alt');
	await expect(page.getByLabel(/^Kontakt-Link/)).toHaveValue('https://alt.example');

	// A mistake: explained beside the field, nothing saved, the typed values still there.
	await page.getByLabel('Dein Name').fill('A');
	await page.getByLabel(/^Firma oder Organisation/).fill('Beispiel GmbH');
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByRole('alert')).toHaveText('Bitte prüfe die markierten Felder.');
	await expect(page.getByLabel('Dein Name')).toHaveAccessibleDescription(/Bitte gib deinen Namen/);
	await expect(page.getByLabel(/^Firma oder Organisation/)).toHaveValue('Beispiel GmbH');

	await page.getByLabel('Dein Name').fill('Anna Beispiel');
	await page.getByLabel(/^Begrüßung/).fill('Willkommen zurück!');
	await page.getByLabel(/^Kontakt-Link/).fill('hallo@anna-beispiel.de');
	await page.getByRole('textbox', { name: /^Akzentfarbe\s+\(optional/ }).fill('1f4e79');
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page).toHaveURL(new RegExp(`/c/${slug}/auswertung\\?gespeichert=1$`));
	await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
	await expect(page.getByRole('banner')).toContainText('Anna Beispiel');
	await expect(page.getByRole('banner')).toContainText('Beispiel GmbH');

	// Participants see the change at the same link.
	const client = await browser.newContext();
	const clientPage = await client.newPage();
	await clientPage.goto(publicUrl);
	await expect(clientPage.getByText('Willkommen zurück!')).toBeVisible();
	await expect(clientPage.getByRole('link', { name: 'Kontakt zu Anna Beispiel' })).toHaveAttribute(
		'href',
		'mailto:hallo@anna-beispiel.de'
	);
	expect(await accentOf(clientPage)).toBe('#1f4e79');
	await client.close();
});

test('the QR code: on the dashboard, as SVG and as a large PNG, next to "Öffnen"', async ({
	page,
	browser
}) => {
	const { dashboardUrl, publicUrl, slug } = await createCampaign(page, 'QR Code');
	await page.goto(dashboardUrl);
	await expect(page.getByRole('img', { name: `QR-Code mit dem Link ${publicUrl}` })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Öffnen' })).toHaveAttribute('href', `/c/${slug}`);

	const svgLink = page.getByRole('link', { name: 'QR-Code als SVG' });
	const [svgDownload] = await Promise.all([page.waitForEvent('download'), svgLink.click()]);
	expect(svgDownload.suggestedFilename()).toBe(`qr-${slug}.svg`);
	const svg = await page.request.get((await svgLink.getAttribute('href')) as string);
	expect(svg.headers()['content-type']).toContain('image/svg+xml');
	const svgText = await svg.text();
	expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(svgText).toContain('<path d="M');

	const pngHref = (await page
		.getByRole('link', { name: 'QR-Code als PNG' })
		.getAttribute('href')) as string;
	const png = await page.request.get(pngHref);
	expect(png.headers()['content-type']).toBe('image/png');
	const bytes = await png.body();
	// PNG signature, then the IHDR chunk with width and height.
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 1600]);

	// Without a session: the same closed door as the dashboard.
	const stranger = await browser.newContext();
	expect((await stranger.request.get(new URL(pngHref, dashboardUrl).href)).status()).toBe(404);
	await stranger.close();
});

test('campaign pages: the consultant in the header and the accent throughout, no invitation to become a consultant', async ({
	page
}) => {
	const { publicUrl } = await createCampaign(page, 'Anna Beispiel', {
		organisation: 'Beispiel Kommunikation GmbH',
		accent: '#7a1f5c'
	});
	for (const path of ['', '/quiz/1', '/ergebnis/smBBmeHx']) {
		await page.goto(publicUrl + path);
		const banner = page.getByRole('banner');
		await expect(banner).toContainText('Anna Beispiel');
		await expect(banner).toContainText('Beispiel Kommunikation GmbH');
		await expect(banner.getByRole('link', { name: /Anna Beispiel/ })).toHaveAttribute(
			'href',
			new URL(publicUrl).pathname
		);
		const footer = page.getByRole('contentinfo');
		await expect(footer.getByRole('link', { name: 'Impressum' })).toBeVisible();
		await expect(footer.getByRole('link', { name: 'Datenschutz' })).toBeVisible();
		await expect(footer.getByRole('link', { name: 'Für Berater' })).toHaveCount(0);
	}
	await page.goto(publicUrl);
	const colours = await page.evaluate(() => {
		const style = getComputedStyle(document.documentElement);
		const button = document.querySelector('a.button') as HTMLElement;
		return {
			accent: style.getPropertyValue('--accent').trim(),
			focus: style.getPropertyValue('--focus').trim(),
			button: getComputedStyle(button).backgroundColor,
			monogram: getComputedStyle(document.querySelector('header circle') as Element).fill
		};
	});
	expect(colours).toEqual({
		accent: '#7a1f5c',
		focus: '#7a1f5c',
		button: 'rgb(122, 31, 92)',
		monogram: 'rgb(122, 31, 92)'
	});
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await accentOf(page);
	expect(dark).not.toBe('#7a1f5c');
	expect(dark).toMatch(/^#[0-9a-f]{6}$/);

	// Public pages keep the product's header and the invitation for consultants.
	for (const path of ['/', '/quiz/1', '/c/nobody-abc123']) {
		await page.goto(path);
		await expect(page.getByRole('banner')).toContainText('Social Media Check');
		await expect(
			page.getByRole('contentinfo').getByRole('link', { name: 'Für Berater' })
		).toBeVisible();
	}
});

test('what people type is understood: an e-mail address, a bare domain, a colour without #', async ({
	page,
	browser
}) => {
	const first = await createCampaign(page, 'Anna Beispiel', {
		contact: 'hallo@anna-beispiel.de',
		accent: '7a1f5c'
	});
	const second = await createCampaign(page, 'Bernd Beispiel', { contact: 'bernd-beispiel.de' });
	const client = await browser.newContext();
	const clientPage = await client.newPage();
	await clientPage.goto(first.publicUrl);
	await expect(clientPage.getByRole('link', { name: 'Kontakt zu Anna Beispiel' })).toHaveAttribute(
		'href',
		'mailto:hallo@anna-beispiel.de'
	);
	expect(await accentOf(clientPage)).toBe('#7a1f5c');
	await clientPage.goto(second.publicUrl);
	await expect(clientPage.getByRole('link', { name: 'Kontakt zu Bernd Beispiel' })).toHaveAttribute(
		'href',
		'https://bernd-beispiel.de'
	);
	await client.close();
});

test('a NUL or an invisible character in a field is a clear message, never a 500', async ({
	page,
	request,
	baseURL
}) => {
	const origin = baseURL as string;
	const create = await request.post('/berater?/create', {
		headers: { origin, accept: 'text/html' },
		form: { name: 'An\u0000na' },
		maxRedirects: 0
	});
	expect(create.status()).toBe(400);
	expect(await create.text()).toContain('unsichtbare Steuerzeichen');

	const { slug, dashboardUrl } = await createCampaign(page, '\u202EAnna\u200B Beispiel');
	await expect(page.getByText('Anna Beispiel', { exact: true })).toBeVisible();
	const share = await request.post(`/c/${slug}/ergebnis/${CODES.author}?/share`, {
		headers: { origin, accept: 'text/html' },
		form: { token: 'nul-token-abcdefghijklmnop', alias: 'A\u0000B' },
		maxRedirects: 0
	});
	expect(share.status()).toBe(400);
	expect((await request.get(`/c/abc%00def`)).status()).toBe(404);
	expect((await request.get(`/c/abc%00def/auswertung`)).status()).toBe(404);

	// A look-alike alias arrives without its invisible part, in the list and in the CSV.
	await shareByPost(origin, slug, CODES.author, '\u202E\u200B=SUM(A1)');
	await page.goto(dashboardUrl);
	await expect(page.getByRole('rowheader', { name: /^=SUM\(A1\)/ })).toBeVisible();
	const csv = await (await page.request.get(page.url() + '/export.csv')).text();
	expect(csv).toContain("'=SUM(A1)");
	expect(csv).not.toMatch(/[\u200B\u202E]/);
});

test.describe('on a phone (390 px)', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('no dashboard page reaches past the screen', async ({ page, baseURL }) => {
		const { dashboardUrl, slug } = await createCampaign(page, 'Schreinerei Holzwurm & Söhne', {
			organisation: 'Handwerk und Kommunikation Beispielstadt GmbH & Co. KG',
			contact: 'https://www.eine-ziemlich-lange-adresse-fuer-eine-beraterin.example/kontakt'
		});
		await expectNoHorizontalOverflow(page);
		const aliases = ['Bäckerei M.', 'x'.repeat(40), 'Dr. Eva Maria Musterfrau-Beispiel', ''];
		for (const [i, alias] of aliases.entries()) {
			await shareByPost(baseURL as string, slug, Object.values(CODES)[i] as string, alias);
		}
		await page.goto(dashboardUrl);
		for (const section of await page.locator('main section').all()) {
			await expect(section).toBeVisible();
		}
		await expectNoHorizontalOverflow(page);
		await page.getByRole('link', { name: 'Kampagne bearbeiten' }).click();
		await expect(
			page.getByRole('heading', { name: 'Kampagne bearbeiten', level: 1 })
		).toBeVisible();
		await expectNoHorizontalOverflow(page);
		await page.goto(`/c/${slug}/auswertung`);
		await page
			.getByRole('link', { name: new RegExp(`Ergebnis von ${'x'.repeat(40)} .* löschen`) })
			.click();
		await expect(page.getByRole('heading', { name: 'Ergebnis löschen?' })).toBeVisible();
		await expectNoHorizontalOverflow(page);
		await page.goto(`/c/${slug}/auswertung/neuer-link`);
		await page.getByRole('button', { name: 'Ja, neuen Link erzeugen' }).click();
		await expect(page.getByRole('heading', { name: 'Dein neuer Auswertungs-Link' })).toBeVisible();
		await expectNoHorizontalOverflow(page);
		for (const path of ['', '/quiz/1']) {
			await page.goto(`/c/${slug}${path}`);
			await expectNoHorizontalOverflow(page);
		}
	});
});

test.describe('the hourly limit for new campaigns', () => {
	// Campaigns are counted per address across the app: this test gets an instance of its own.
	let server: Awaited<ReturnType<typeof startServer>>;
	test.beforeAll(async () => {
		server = await startServer({
			port: specPort(11),
			env: { RATE_LIMIT_CAMPAIGNS_PER_HOUR: '2' }
		});
	});
	test.afterAll(() => server.stop());
	test.use({ javaScriptEnabled: false });
	test.describe.configure({ mode: 'serial' });

	test('counts only campaigns created, and keeps what was typed after a 429', async ({ page }) => {
		// Three forms with a mistake cost nothing.
		for (let i = 0; i < 3; i++) {
			await page.goto(`${server.url}/berater`);
			await page.getByLabel('Dein Name').fill('A');
			await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
			await expect(page.getByText('Bitte prüfe die markierten Felder.')).toBeVisible();
		}
		await createCampaign(page, 'Erste', {}, server.url);
		await createCampaign(page, 'Zweite', {}, server.url);

		await page.goto(`${server.url}/berater`);
		const typed = {
			name: 'Dritte Beraterin',
			organisation: 'Dritte GmbH',
			welcome: 'Hallo!\nZweite Zeile',
			contact: 'hallo@dritte.example',
			accent: '#1f4e79'
		};
		await page.getByLabel('Dein Name').fill(typed.name);
		await page.getByLabel(/^Firma oder Organisation/).fill(typed.organisation);
		await page.getByLabel(/^Begrüßung/).fill(typed.welcome);
		await page.getByLabel(/^Kontakt-Link/).fill(typed.contact);
		await page.getByRole('textbox', { name: /^Akzentfarbe\s+\(optional/ }).fill(typed.accent);
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Kampagne erstellen' }).click()
		]);
		expect(response.status()).toBe(429);
		expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
		await expect(page.getByRole('alert')).toContainText('zu viele Kampagnen');
		await expect(page.getByLabel('Dein Name')).toHaveValue(typed.name);
		await expect(page.getByLabel(/^Firma oder Organisation/)).toHaveValue(typed.organisation);
		await expect(page.getByLabel(/^Begrüßung/)).toHaveValue(typed.welcome);
		await expect(page.getByLabel(/^Kontakt-Link/)).toHaveValue(typed.contact);
		await expect(page.getByRole('textbox', { name: /^Akzentfarbe\s+\(optional/ })).toHaveValue(
			typed.accent
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the colour picker alone chooses the colour', async ({ page }) => {
		await page.goto('/berater');
		await page.getByLabel('Dein Name').fill('A');
		await page.getByLabel('Akzentfarbe im Farbfeld wählen').fill('#1f4e79');
		await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
		// The name is too short: the form comes back, with the picked colour in the text field.
		await expect(page.getByText('Bitte prüfe die markierten Felder.')).toBeVisible();
		await expect(page.getByRole('textbox', { name: /^Akzentfarbe\s+\(optional/ })).toHaveValue(
			'#1f4e79'
		);
		await page.getByLabel('Dein Name').fill('Farbe ohne Skript');
		await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
		await expect(page.getByRole('heading', { name: 'Deine Kampagne ist bereit' })).toBeVisible();
		await page.goto(
			await page.getByRole('textbox', { name: 'Link für deine Kunden' }).inputValue()
		);
		expect(await accentOf(page)).toBe('#1f4e79');
	});
});
