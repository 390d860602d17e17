import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';
import type { Choice } from './helpers';

/**
 * Consultants' pages are served by Playwright's routing at https origins (no certificate needed);
 * the app is the suite's server on this machine. Only https origins may be listed, so the test
 * lists https ones: no exception for plain http, in the app or in the tests.
 */
export const CONSULTANT = 'https://berater.example';
export const STRANGER = 'https://fremd.example';
/** What the snippet's frame is high before its script has set it (embed-snippet.ts). */
export const FALLBACK_HEIGHT = 720;

/**
 * A consultant's page at `origin` with the snippet pasted into it. It keeps every message it
 * receives in `window.received`, for the test to read what left the frame.
 */
export async function serveConsultantPage(
	context: BrowserContext,
	origin: string,
	snippet: string
) {
	// The app under test runs on this machine's loopback address, which Chrome's Local Network
	// Access guards from public pages (a deployed app is no visitor's loopback). Granted to the
	// whole context, the unlisted site's page too: only the app's policy may refuse a frame.
	await context.grantPermissions(['local-network-access']);
	await context.route(`${origin}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anna Beispiel – Social-Media-Beratung</title>
<style>
	:root { color-scheme: light dark; font-family: Georgia, serif; }
	body { margin: 0; padding: 1rem; background: #fbfaf7; color: #222; }
	@media (prefers-color-scheme: dark) { body { background: #202124; color: #eee; } }
	header { border-bottom: 2px solid #b4572e; margin-bottom: 1rem; }
</style>
</head>
<body>
<header><h1>Anna Beispiel</h1><p>Social-Media-Beratung für kleine Unternehmen</p></header>
<main>
<h2>Wie siehst du Social Media?</h2>
<p>Mach den kurzen Test – danach reden wir über dein Ergebnis.</p>
${snippet}
</main>
<footer><p>Impressum · Datenschutz</p></footer>
<script>
	window.received = [];
	addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
</script>
</body>
</html>`
		})
	);
}

/** The frame's height on the consultant's page, and the height of the page inside it. */
export async function heights(page: Page) {
	const frame = Math.round(
		await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)
	);
	const content = await page
		.frameLocator('iframe')
		.locator('main')
		.evaluate((main) =>
			Math.ceil((main.parentElement as HTMLElement).getBoundingClientRect().height)
		);
	return { frame, content };
}

/** Waits until the frame is exactly as high as its content, and returns that height. */
export async function expectFrameFitsContent(page: Page): Promise<number> {
	await expect
		.poll(async () => {
			const { frame, content } = await heights(page);
			return frame === content ? frame : `frame ${frame} px, content ${content} px`;
		})
		.toEqual(expect.any(Number));
	return (await heights(page)).frame;
}

/** Answers the questions inside the frame, as a participant does. */
export async function takeQuizInFrame(frame: FrameLocator, choices: readonly Choice[]) {
	for (const [i, choice] of choices.entries()) {
		const step = i + 1;
		await expect(
			frame.getByText(`Frage ${step} von ${choices.length}`, { exact: true })
		).toBeVisible();
		await frame.getByRole('radio', { name: choice, exact: true }).check();
		await frame
			.getByRole('button', { name: step === choices.length ? 'Auswerten' : 'Weiter' })
			.click();
	}
}

/** Creates a campaign as a form without JavaScript does; returns its slug and dashboard link. */
export async function createEmbedCampaign(base: string, name: string, embedOrigins: string) {
	const response = await fetch(`${base}/berater?/create`, {
		method: 'POST',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ name, embedOrigins, contactUrl: 'anna-beispiel.de/kontakt' })
	});
	const html = await response.text();
	const match = /\/c\/([a-z0-9-]+)\/auswertung\?key=([A-Za-z0-9_-]+)/.exec(html);
	if (response.status !== 200 || !match) {
		throw new Error(`campaign not created: ${response.status} ${html.slice(0, 200)}`);
	}
	return { slug: match[1] as string, dashboardUrl: `${base}${match[0]}` };
}
