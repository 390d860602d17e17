import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { specPort, startServer, type TestServer } from './server';

/**
 * A first `npm start` with no ORIGIN: the app is reached as whatever host the browser used
 * (127.0.0.1, localhost, a LAN address) over plain HTTP, and forms still work, while a form sent
 * from another site is refused with the app's own page.
 */
test.describe.configure({ mode: 'serial' });

let server: TestServer;
const port = specPort(6);

test.beforeAll(async () => {
	server = await startServer({ port, env: { RATE_LIMIT_CAMPAIGNS_PER_HOUR: '100' } });
});

test.afterAll(async () => {
	await server?.stop();
});

async function createAndShare(page: Page, base: string) {
	await page.goto(`${base}/berater`);
	await page.getByLabel('Dein Name', { exact: true }).fill(`Über ${new URL(base).hostname}`);
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	// The links the app prints use the host it was reached by.
	expect(dashboardUrl.startsWith(`${base}/c/`)).toBe(true);
	const slug = new URL(dashboardUrl).pathname.split('/')[2] as string;

	await page.goto(`${base}/c/${slug}/ergebnis/smBBmeHx`);
	await page.getByLabel('Name oder Kürzel').fill('Telefon');
	await page.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(page.getByText(/sieht dein Ergebnis jetzt/)).toBeVisible();

	await page.goto(dashboardUrl);
	await expect(page.getByRole('rowheader', { name: 'Telefon' })).toBeVisible();
}

for (const host of ['127.0.0.1', 'localhost']) {
	test(`without ORIGIN, a campaign is created and a result shared when opened as ${host}`, async ({
		page
	}) => {
		await createAndShare(page, `http://${host}:${port}`);
	});
}

test('the start lists the addresses the app can be reached at', () => {
	const listening = server.logs().find((l) => String(l.msg).startsWith('Listening on'));
	expect(listening?.local).toEqual([`http://localhost:${port}`]);
	expect(Array.isArray(listening?.network)).toBe(true);
});

test('a form sent from another site gets the friendly 403 page, in its language', async ({
	page
}) => {
	for (const [path, heading, back] of [
		['/berater', 'Formular nicht angenommen', 'Zur Seite mit dem Formular'],
		['/en/berater', 'Form not accepted', 'To the page with the form']
	] as const) {
		// A page on another origin with a form aimed at the app (served by the test, no network).
		await page.route('http://elsewhere.test/form', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<form method="post" action="${server.url}${path}?/create">
					<input name="name" value="Fremd"><button>Senden</button></form>`
			})
		);
		await page.goto('http://elsewhere.test/form');
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.url().startsWith(`${server.url}${path}`)),
			page.getByRole('button', { name: 'Senden' }).click()
		]);
		expect(response.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		const link = page.getByRole('link', { name: back });
		await expect(link).toHaveAttribute('href', path);
		await link.click();
		await expect(page).toHaveURL(`${server.url}${path}`);
	}
	// Both refused in the hook, before the action could run.
	expect(server.logs().filter((l) => l.msg === 'cross-site form refused')).toHaveLength(2);
});

test('a spoofed X-Forwarded-Proto does not change the origin without PROTOCOL_HEADER', async () => {
	// The browser's form says http; a client header claiming https must not make the app think
	// the origin is https (which would refuse the form as cross-site).
	const response = await fetch(`${server.url}/berater?/create`, {
		method: 'POST',
		headers: {
			origin: server.url,
			'x-forwarded-proto': 'https',
			'x-socket-protocol': 'https',
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ name: 'Vorgetäuscht' })
	});
	expect(response.status).toBe(200);
	expect(await response.text()).toContain(`${server.url}/c/`);
	// No HSTS over plain HTTP, whatever the client claims.
	expect(response.headers.get('strict-transport-security')).toBeNull();
});
