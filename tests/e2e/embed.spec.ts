import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	CONSULTANT,
	FALLBACK_HEIGHT,
	STRANGER,
	createEmbedCampaign,
	expectFrameFitsContent,
	heights,
	serveConsultantPage,
	takeQuizInFrame
} from './embed-helpers';
import { AUTHOR, all, expectNoAxeViolations } from './helpers';

/**
 * A campaign's quiz embedded on the consultant's website (`/c/<slug>/embed`): framed only by the
 * origins the consultant listed, completed inside the frame, the frame's height following the
 * content through the snippet from the dashboard. See embed-helpers.ts for the origins.
 */

// The app as the browser reaches it: the origin the embed pages post their height from.
const APP = `http://localhost:${Number(process.env.E2E_PORT ?? 4173)}`;

let campaign: { slug: string; dashboardUrl: string };
/** A campaign that lists no website. */
let unlisted: { slug: string; dashboardUrl: string };
let snippet: string;

// One campaign per worker process (tests of this file may run in parallel).
test.beforeAll(async ({ browser }) => {
	campaign = await createEmbedCampaign(
		APP,
		'Anna Beispiel',
		`${CONSULTANT}/social-media-test\nwww.anna-beispiel.de`
	);
	unlisted = await createEmbedCampaign(APP, 'Bert Ohne Einbettung', '');
	snippet = await snippetFromDashboard(browser, campaign.dashboardUrl);
});

/** The consultant opens the dashboard and copies the code from "Auf deiner Website einbetten". */
async function snippetFromDashboard(browser: Browser, dashboardUrl: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(dashboardUrl);
	const box = page.getByRole('region', { name: 'Auf deiner Website einbetten' });
	await expect(box).toContainText(
		'Erlaubt auf: https://berater.example, https://www.anna-beispiel.de'
	);
	const code = await box.getByRole('textbox', { name: 'Code zum Einbetten' }).inputValue();
	await context.close();
	return code;
}

/** A participant's browser that opens the consultant's page with the snippet. */
async function participant(
	browser: Browser,
	options: { origin?: string; javaScript?: boolean; code?: string } = {}
) {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
	await serveConsultantPage(context, options.origin ?? CONSULTANT, options.code ?? snippet);
	const page = await context.newPage();
	return { context, page };
}

const received = (page: Page) =>
	page.evaluate(() => (window as unknown as { received: unknown[] }).received);

test('the dashboard gives a snippet: a frame of fixed height and a script that listens to this app only', () => {
	expect(snippet).toContain(
		`<iframe id="smc-${campaign.slug}" src="${APP}/c/${campaign.slug}/embed"`
	);
	expect(snippet).toContain(`height:${FALLBACK_HEIGHT}px`);
	expect(snippet).toContain(`e.origin !== "${APP}"`);
	expect(snippet).toContain('e.source !== frame.contentWindow');
});

test('a consultant’s page embeds the quiz: completed and shared inside the frame, whose height follows the content', async ({
	browser
}) => {
	const { context, page } = await participant(browser);
	// Every page the frame shows, and every header it came with.
	const framePaths: string[] = [];
	const embedHeaders: Record<string, string>[] = [];
	page.on('framenavigated', (f) => {
		if (f !== page.mainFrame()) framePaths.push(new URL(f.url()).pathname);
	});
	page.on('response', (r) => {
		if (r.url().startsWith(`${APP}/c/`) && r.request().resourceType() === 'document') {
			embedHeaders.push(r.headers());
		}
	});
	await page.goto(`${CONSULTANT}/social-media-test`);
	const frame = page.frameLocator('iframe');

	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
		'Was ist Social Media für dein Unternehmen?'
	);
	// No site header or footer in the frame: not the product's, not the consultant's.
	await expect(frame.getByRole('link', { name: 'Für Beraterinnen und Berater' })).toHaveCount(0);
	await expect(frame.getByRole('link', { name: /Anna Beispiel/ })).toHaveCount(0);
	const start = await expectFrameFitsContent(page);
	expect(start).not.toBe(FALLBACK_HEIGHT);

	await frame.getByRole('link', { name: 'Quiz starten' }).click();
	await expect(frame.getByText('Frage 1 von 8', { exact: true })).toBeVisible();
	await expectFrameFitsContent(page);
	await takeQuizInFrame(frame, AUTHOR);

	await expect(frame.getByRole('heading', { level: 1 })).toContainText('100 %');
	const result = await expectFrameFitsContent(page);
	expect(result).toBeGreaterThan(start + 1000);
	// Sized to its content, the frame has nothing to scroll.
	const inner = await frame
		.locator('html')
		.evaluate((html) => html.scrollHeight - html.clientHeight);
	expect(inner).toBeLessThanOrEqual(1);

	// The result's link leads to the campaign's own results page (which opens with the site
	// around it); retaking stays in the frame; links to other sites open in a new tab.
	const link = await frame.getByRole('textbox', { name: 'Link zu deinem Ergebnis' }).inputValue();
	expect(link).toMatch(new RegExp(`^${APP}/c/${campaign.slug}/ergebnis/sm[A-Za-z0-9]+$`));
	await expect(frame.getByRole('link', { name: 'Quiz wiederholen' })).toHaveAttribute(
		'href',
		`/c/${campaign.slug}/embed/quiz/1`
	);
	const contact = frame.getByRole('link', { name: 'Sprich mit Anna Beispiel über dein Ergebnis' });
	await expect(contact.first()).toHaveAttribute('target', '_blank');
	await expect(contact.first()).toHaveAttribute('href', 'https://anna-beispiel.de/kontakt');

	await frame.getByLabel('Name oder Kürzel').fill('Im Rahmen');
	await frame.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(frame.getByText(/sieht dein Ergebnis jetzt in der Auswertung/)).toBeVisible();
	await expectFrameFitsContent(page);

	// The whole journey stayed on embed pages, each allowed for exactly the listed sites.
	expect(framePaths.length).toBeGreaterThan(3);
	for (const path of framePaths)
		expect(path).toMatch(new RegExp(`^/c/${campaign.slug}/embed(/|$)`));
	expect(embedHeaders.length).toBeGreaterThan(0);
	for (const headers of embedHeaders) {
		expect(headers['content-security-policy']).toContain(
			'frame-ancestors https://berater.example https://www.anna-beispiel.de'
		);
		expect(headers['x-frame-options']).toBeUndefined();
		expect(headers['referrer-policy']).toBe('same-origin');
	}

	// All the consultant's page ever received from the frame: heights, from the app's origin.
	const messages = (await received(page)) as { origin: string; data: unknown }[];
	expect(messages.length).toBeGreaterThan(3);
	for (const message of messages) {
		expect(message.origin).toBe(APP);
		expect(message.data).toEqual({ type: 'smc-height', height: expect.any(Number) });
	}
	await context.close();

	// The consultant sees the share.
	const consultant = await browser.newContext();
	const dashboard = await consultant.newPage();
	await dashboard.goto(campaign.dashboardUrl);
	await expect(dashboard.getByRole('rowheader', { name: 'Im Rahmen' })).toBeVisible();
	await consultant.close();
});

test('with third-party cookies and storage blocked, the embedded quiz works the same', async ({
	browser
}) => {
	const { context, page } = await participant(browser);
	const cdp = await context.newCDPSession(page);
	// The browser's "block third-party cookies" setting (third-party storage goes with it).
	await cdp.send('Network.setCookieControls', { enableThirdPartyCookieRestriction: true });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const cookies: string[] = [];
	page.on('response', (r) => {
		if (r.url().startsWith(APP) && r.headers()['set-cookie']) cookies.push(r.url());
	});
	await page.goto(`${CONSULTANT}/social-media-test`);
	const frame = page.frameLocator('iframe');
	await frame.getByRole('link', { name: 'Quiz starten' }).click();
	// The condition holds: the frame may use neither storage nor cookies.
	const access = await frame.locator('html').evaluate(() => {
		let storage = 'allowed';
		try {
			void window.sessionStorage.length;
		} catch {
			storage = 'blocked';
		}
		document.cookie = 'probe=1; Secure; SameSite=None';
		return { storage, cookie: document.cookie };
	});
	expect(access).toEqual({ storage: 'blocked', cookie: '' });

	await takeQuizInFrame(frame, all('Jein'));
	await expect(frame.getByRole('heading', { level: 1 })).toContainText('59 %');
	await frame.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(frame.getByText(/sieht dein Ergebnis jetzt in der Auswertung/)).toBeVisible();
	// Back and forth in the frame's history (the router keeps no state of its own in storage).
	await frame.getByRole('link', { name: 'Quiz wiederholen' }).click();
	await expect(frame.getByText('Frage 1 von 8', { exact: true })).toBeVisible();
	await frame.locator('html').evaluate(() => history.back());
	await expect(frame.getByRole('heading', { level: 1 })).toContainText('59 %');
	await expectFrameFitsContent(page);
	expect(errors).toEqual([]);
	expect(cookies).toEqual([]);
	await context.close();
});

test('without JavaScript the frame keeps its fixed height and scrolls, and the quiz works in it', async ({
	browser
}) => {
	const { context, page } = await participant(browser, { javaScript: false });
	await page.goto(`${CONSULTANT}/social-media-test`);
	const frame = page.frameLocator('iframe');
	await frame.getByRole('link', { name: 'Quiz starten' }).click();
	await takeQuizInFrame(frame, all('Nein'));
	await expect(frame.getByRole('heading', { level: 1 })).toContainText('56 %');
	await frame.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(frame.getByText(/sieht dein Ergebnis jetzt in der Auswertung/)).toBeVisible();
	const { frame: height, content } = await heights(page);
	expect(height).toBe(FALLBACK_HEIGHT);
	expect(content).toBeGreaterThan(2 * FALLBACK_HEIGHT);
	// The frame scrolls: its last line can be brought into view.
	const footer = frame.getByRole('link', { name: 'Datenschutz' });
	await footer.scrollIntoViewIfNeeded();
	await expect(footer).toBeInViewport();
	await context.close();
});

test('a page from a website the campaign does not list is refused by the browser', async ({
	browser
}) => {
	const { context, page } = await participant(browser, { origin: STRANGER });
	const refusals: string[] = [];
	page.on('console', (message) => {
		if (message.text().includes('frame-ancestors')) refusals.push(message.text());
	});
	await page.goto(`${STRANGER}/quiz`);
	// The frame shows the browser's own error page, never the quiz; nothing reaches the page.
	await expect
		.poll(() => page.frames().map((f) => f.url()))
		.toContain('chrome-error://chromewebdata/');
	await expect(page.frameLocator('iframe').getByRole('link', { name: 'Quiz starten' })).toHaveCount(
		0
	);
	// Refused by the app's policy (not by anything else in the way), which names the listed sites.
	await expect.poll(() => refusals.join('\n')).toContain('https://berater.example');
	expect(await received(page)).toEqual([]);
	const frameHeight = await page
		.locator('iframe')
		.evaluate((el) => Math.round(el.getBoundingClientRect().height));
	expect(frameHeight).toBe(FALLBACK_HEIGHT);
	await context.close();
});

test('a listed website can frame only the embed pages, and only of campaigns that list it', async ({
	browser
}) => {
	const other = unlisted;
	const frames = [
		`${APP}/c/${campaign.slug}`,
		`${APP}/c/${campaign.slug}/quiz/1`,
		`${APP}/`,
		`${APP}/c/${other.slug}/embed`,
		`${APP}/c/${campaign.slug}/embed`
	];
	const code = frames
		.map((src, i) => `<iframe src="${src}" title="Rahmen ${i}"></iframe>`)
		.join('');
	const { context, page } = await participant(browser, { code });
	await page.goto(`${CONSULTANT}/test`);
	// The last one, the listed campaign's embed, loads; all others stay the browser's error page.
	await expect(
		page.frameLocator('iframe[title="Rahmen 4"]').getByRole('link', { name: 'Quiz starten' })
	).toBeVisible();
	const urls = page.frames().map((f) => f.url());
	expect(urls.filter((u) => u === 'chrome-error://chromewebdata/')).toHaveLength(4);
	await context.close();
});

test('headers: embed pages name the listed websites; every other page keeps frame-ancestors none and DENY', async ({
	request
}) => {
	const other = unlisted;
	const base = APP;
	const slug = campaign.slug;
	for (const [path, status] of [
		[`/c/${slug}/embed`, 200],
		[`/c/${slug}/embed/quiz/3?a=yp`, 200],
		[`/en/c/${slug}/embed/quiz/1`, 200],
		[`/c/${slug}/embed/ergebnis/smBAOPEb`, 200],
		[`/c/${slug}/embed/ergebnis/kaputt`, 400]
	] as const) {
		const response = await request.get(base + path);
		expect(response.status(), path).toBe(status);
		const headers = response.headers();
		expect(headers['content-security-policy'], path).toContain(
			'frame-ancestors https://berater.example https://www.anna-beispiel.de'
		);
		expect(headers['content-security-policy'], path).not.toContain("frame-ancestors 'none'");
		expect(headers['x-frame-options'], path).toBeUndefined();
		expect(headers['referrer-policy'], path).toBe('same-origin');
	}
	for (const [path, status] of [
		['/', 200],
		[`/c/${slug}`, 200],
		[`/c/${slug}/quiz/1`, 200],
		[`/c/${slug}/ergebnis/smBAOPEb`, 200],
		[`/c/${slug}/auswertung`, 404],
		[`/c/${other.slug}/embed`, 404],
		[`/c/${other.slug}/embed/quiz/1`, 404],
		['/c/niemand-abc123/embed', 404],
		[`/c/${slug}/embed/gibt-es-nicht`, 404],
		['/favicon.svg', 200]
	] as const) {
		const response = await request.get(base + path);
		expect(response.status(), path).toBe(status);
		expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(response.headers()['x-frame-options'], path).toBe('DENY');
	}
});

test('a campaign that lists no website says so on its embed address', async ({ browser }) => {
	const other = unlisted;
	const context = await browser.newContext();
	const page = await context.newPage();
	const response = await page.goto(`${APP}/c/${other.slug}/embed`);
	expect(response?.status()).toBe(404);
	await expect(
		page.getByRole('heading', { name: 'Dieses Quiz ist nicht zum Einbetten freigegeben' })
	).toBeVisible();
	await expect(page.getByText(/bei „Einbetten erlauben auf“ die Adresse/)).toBeVisible();
	await page.goto(`${APP}/en/c/${other.slug}/embed`);
	await expect(
		page.getByRole('heading', { name: 'This quiz is not enabled for embedding' })
	).toBeVisible();
	await context.close();
});

test('errors inside the frame stay in the frame, with a way back to the start', async ({
	browser
}) => {
	const code = snippet.replace(
		`/c/${campaign.slug}/embed"`,
		`/c/${campaign.slug}/embed/ergebnis/kaputt"`
	);
	const { context, page } = await participant(browser, { code });
	await page.goto(`${CONSULTANT}/social-media-test`);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByRole('heading', { name: 'Dieser Link ist beschädigt' })).toBeVisible();
	await frame.getByRole('link', { name: 'Quiz starten' }).click();
	await expect(frame.getByText('Frage 1 von 8', { exact: true })).toBeVisible();
	await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`embed pages pass axe (${colorScheme})`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		for (const path of ['/embed', '/embed/quiz/2?a=y', '/embed/ergebnis/smBBTJEU']) {
			await page.goto(`${APP}/c/${campaign.slug}${path}`);
			await expectNoAxeViolations(page);
		}
		await context.close();
	});
}

test('the campaign form takes the websites, explains mistakes, and the edit page changes them', async ({
	browser
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	// Typed before the page's scripts have run: hydration keeps it (the scripts wait until then).
	let release = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto(`${APP}/berater`, { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Dein Name').fill('Clara Test');
	const field = page.getByRole('textbox', { name: /^Einbetten erlauben auf/ });
	await field.fill('http://clara-test.de');
	release();
	await page.waitForLoadState('networkidle');
	await expect(field).toHaveValue('http://clara-test.de');
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	await expect(page.getByText('Einbetten geht nur auf Websites mit https')).toBeVisible();
	// What was typed stays; corrected, the addresses are understood as people write them.
	await expect(field).toHaveValue('http://clara-test.de');
	await field.fill('Clara-Test.de/ueber-mich\nhttps://www.clara-test.de:8443/');
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	await page.goto(dashboardUrl);
	await expect(page.getByRole('region', { name: 'Auf deiner Website einbetten' })).toContainText(
		'Erlaubt auf: https://clara-test.de, https://www.clara-test.de:8443'
	);

	await page.getByRole('link', { name: 'Kampagne bearbeiten' }).click();
	await expect(field).toHaveValue('https://clara-test.de\nhttps://www.clara-test.de:8443');
	await field.fill(['a.de', 'b.de', 'c.de', 'd.de', 'e.de', 'f.de'].join('\n'));
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByText('Höchstens 5 Websites.')).toBeVisible();
	await field.fill('');
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	const box = page.getByRole('region', { name: 'Auf deiner Website einbetten' });
	await expect(box).toContainText('Trag dazu die Adresse deiner Website ein');
	await expect(box.getByRole('textbox')).toHaveCount(0);
	// Its link leads straight to the field.
	await box.getByRole('link', { name: 'Website zum Einbetten eintragen' }).click();
	await expect(field).toBeInViewport();
	await expect(field).toHaveValue('');
	await context.close();
});
