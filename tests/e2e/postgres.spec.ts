import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { expect, test } from './fixtures';
import { lockTestDatabase } from './pg-lock';

/**
 * Two app instances on two ports sharing one PostgreSQL database, as an operator would run them
 * behind a load balancer. Runs when TEST_DATABASE_URL is set (.ci/run starts PostgreSQL).
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
test.skip(!databaseUrl, 'TEST_DATABASE_URL is not set');
test.describe.configure({ mode: 'serial' });

const ports = [4181, 4182];
const urls = ports.map((port) => `http://localhost:${port}`);
const servers: ChildProcess[] = [];
let unlock: (() => Promise<void>) | undefined;

async function waitFor(url: string) {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(url)
				.then((r) => r.ok)
				.catch(() => false)
		)
			return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} did not start`);
}

test.beforeAll(async () => {
	// Other specs use the same database (workshop-instances.spec.ts): one at a time.
	test.setTimeout(180_000);
	unlock = await lockTestDatabase(databaseUrl as string);
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	// Start from an empty database: every table of the app's schema goes.
	const { rows } = await client.query<{ name: string }>(
		'select tablename as name from pg_tables where schemaname = current_schema()'
	);
	for (const { name } of rows) await client.query(`drop table if exists "${name}" cascade`);
	await client.end();
	for (const [i, port] of ports.entries()) {
		servers.push(
			spawn('node', ['scripts/start.js'], {
				stdio: 'inherit',
				env: {
					...process.env,
					PORT: String(port),
					ORIGIN: urls[i],
					DATABASE_URL: databaseUrl,
					RATE_LIMIT_CAMPAIGNS_PER_HOUR: '1000',
					RATE_LIMIT_SHARES_PER_10_MIN: '10000',
					RATE_LIMIT_KEY_FAILURES_PER_15_MIN: '6'
				}
			})
		);
		// One after the other: both run the migrations at start.
		await waitFor(`${urls[i]}/`);
	}
});

test.afterAll(async () => {
	for (const server of servers) server.kill('SIGTERM');
	await unlock?.();
});

async function createCampaign(page: import('@playwright/test').Page, base: string, name: string) {
	await page.goto(`${base}/berater`);
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	const slug = new URL(dashboardUrl).pathname.split('/')[2] as string;
	return { dashboardUrl, slug };
}

test('a campaign made on one instance, shared on the other, seen on the first', async ({
	page,
	browser
}) => {
	const [a, b] = urls as [string, string];
	const { dashboardUrl, slug } = await createCampaign(page, a, 'Zwei Instanzen');

	const client = await browser.newContext();
	const clientPage = await client.newPage();
	await clientPage.goto(`${b}/c/${slug}/ergebnis/smBBmeHx`);
	await clientPage.getByLabel('Name oder Kürzel').fill('Über B');
	await clientPage.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(clientPage.getByText(/sieht dein Ergebnis jetzt/)).toBeVisible();
	await client.close();

	await page.goto(dashboardUrl);
	await expect(page.getByRole('rowheader', { name: 'Über B' })).toBeVisible();
	// The session lives in the database: the cookie set by A opens the dashboard on B.
	await page.goto(`${b}/c/${slug}/auswertung`);
	await expect(page.getByRole('rowheader', { name: 'Über B' })).toBeVisible();
});

test('the rate limit counts requests to both instances', async ({ page, browser }) => {
	const { slug } = await createCampaign(page, urls[0] as string, 'Limit');
	const context = await browser.newContext();
	const attacker = await context.newPage();
	const statuses: number[] = [];
	for (let i = 0; i < 8; i++) {
		const response = await attacker.goto(`${urls[i % 2]}/c/${slug}/auswertung?key=guess${i}`);
		statuses.push(response?.status() ?? 0);
	}
	// Six wrong keys in all, three on each instance, use up the limit of six.
	expect(statuses.slice(0, 6)).toEqual([404, 404, 404, 404, 404, 404]);
	expect(statuses.slice(6)).toEqual([429, 429]);
	await context.close();
});

test('200 concurrent shares over both instances are stored exactly once', async ({ page }) => {
	const { slug } = await createCampaign(page, urls[0] as string, 'Concurrency');
	const tokens = Array.from(
		{ length: 200 },
		(_, i) => `concurrent-token-${String(i).padStart(4, '0')}`
	);
	// Each share is sent twice, once to each instance, all at the same time.
	const requests = tokens.flatMap((token, i) =>
		[0, 1].map((copy) => {
			const base = urls[(i + copy) % 2] as string;
			return fetch(`${base}/c/${slug}/ergebnis/smBBmeHx?/share`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: base,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ token, alias: '' })
			}).then((r) => r.status);
		})
	);
	const statuses = await Promise.all(requests);
	expect(statuses.every((s) => s === 303)).toBe(true);

	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	const { rows } = await client.query(
		'select count(*)::int as n, count(distinct token)::int as tokens from shares s join campaigns c on c.id = s.campaign_id where c.slug = $1',
		[slug]
	);
	await client.end();
	expect(rows[0]).toEqual({ n: 200, tokens: 200 });
});
