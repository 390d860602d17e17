import pg from 'pg';
import { createCampaignOverHttp, sendShare, shareToken } from './campaign-api';
import { expect, test } from './fixtures';
import { lockTestDatabase } from './pg-lock';
import { specPort, startServer, type TestServer } from './server';

/**
 * Two app instances on two ports sharing one PostgreSQL database, as an operator would run them
 * behind a load balancer. Runs when TEST_DATABASE_URL is set (.ci/run starts PostgreSQL).
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
test.skip(!databaseUrl, 'TEST_DATABASE_URL is not set');
test.describe.configure({ mode: 'serial' });

const ports = [specPort(0), specPort(1)];
const urls = ports.map((port) => `http://localhost:${port}`);
const servers: TestServer[] = [];
let unlock: (() => Promise<void>) | undefined;

/** A connection of the test's own, as the same role as the app. */
async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** Ends every connection the app instances hold, as a database restart would. */
const terminateAppBackends = (client: pg.Client) =>
	client.query(
		`select pg_terminate_backend(pid) from pg_stat_activity
		 where datname = current_database() and usename = current_user and pid <> pg_backend_pid()
		   and application_name <> 'smc-e2e-lock'`
	);

test.beforeAll(async () => {
	// Other specs use the same database (workshop-instances.spec.ts): one at a time.
	test.setTimeout(180_000);
	unlock = await lockTestDatabase(databaseUrl as string);
	// Start from an empty database: every table of the app's schema goes.
	await admin(async (client) => {
		const { rows } = await client.query<{ name: string }>(
			'select tablename as name from pg_tables where schemaname = current_schema()'
		);
		for (const { name } of rows) await client.query(`drop table if exists "${name}" cascade`);
	});
	for (const [i, port] of ports.entries()) {
		// One after the other: both run the migrations at start.
		servers.push(
			await startServer({
				port,
				env: {
					ORIGIN: urls[i],
					DATABASE_URL: databaseUrl,
					RATE_LIMIT_CAMPAIGNS_PER_HOUR: '1000',
					RATE_LIMIT_SHARES_PER_10_MIN: '10000',
					RATE_LIMIT_KEY_FAILURES_PER_15_MIN: '6'
				}
			})
		);
	}
});

test.afterAll(async () => {
	await Promise.all(servers.map((server) => server.stop()));
	await unlock?.();
});

async function createCampaign(page: import('@playwright/test').Page, base: string, name: string) {
	await page.goto(`${base}/berater`);
	await page.getByLabel('Dein Name').fill(name);
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

test('a NUL in the URL is never a database error', async () => {
	const { slug } = await createCampaignOverHttp(urls[0] as string, 'Nullzeichen');
	for (const base of urls) {
		for (const path of ['/c/abc%00def', '/c/abc%00def/auswertung?key=x', '/c/a%00/quiz/1']) {
			const response = await fetch(`${base}${path}`);
			expect(response.status, path).toBe(404);
		}
		// A NUL in a query parameter that reaches the database: refused input, not a crash.
		const query = await fetch(`${base}/c/${slug}/ergebnis/smBBmeHx?geteilt=%00`);
		expect(query.status).toBeLessThan(500);
	}
});

test('connections ended while requests are in flight: 503s, no crash, shares work again', async () => {
	const { slug } = await createCampaignOverHttp(urls[0] as string, 'Neustart');
	const tokens = Array.from({ length: 300 }, (_, i) => shareToken('restart', i));
	const inFlight = tokens.map((token, i) =>
		sendShare(urls[i % 2] as string, slug, token).then((r) => ({
			token,
			status: r.status,
			retryAfter: r.headers.get('retry-after')
		}))
	);
	// While they run, end every connection of both instances, again and again (as a database
	// that restarts, and restarts, would), until the last request has its answer.
	let done = false;
	const all = Promise.all(inFlight).finally(() => (done = true));
	await admin(async (client) => {
		for (let round = 0; round < 400 && !done; round++) {
			await terminateAppBackends(client);
			await new Promise((r) => setTimeout(r, 20));
		}
	});
	const results = await all;

	// The fault hit requests in flight (else this test proves nothing) …
	expect(results.filter((r) => r.status === 503).length, 'requests answered 503').toBeGreaterThan(
		0
	);
	// … and each got 503 with Retry-After, never a 500.
	for (const { status, retryAfter } of results) {
		expect([303, 503]).toContain(status);
		if (status === 503) expect(Number(retryAfter)).toBeGreaterThan(0);
	}
	for (const server of servers) {
		expect(server.process.exitCode, 'instance still running').toBeNull();
		expect(server.lines.join('\n')).not.toMatch(/Unhandled 'error' event/);
	}
	// Both recover on their own: readiness, and shares again.
	for (const [i, base] of urls.entries()) {
		await expect.poll(async () => (await fetch(`${base}/readyz`)).status).toBe(200);
		expect((await sendShare(base, slug, shareToken('after', i))).status).toBe(303);
	}
	// Every acknowledged share is stored.
	const stored = await admin(async (client) => {
		const { rows } = await client.query<{ token: string }>(
			'select token from shares s join campaigns c on c.id = s.campaign_id where c.slug = $1',
			[slug]
		);
		return new Set(rows.map((r) => r.token));
	});
	const acknowledged = results.filter((r) => r.status === 303).map((r) => r.token);
	expect(acknowledged.filter((t) => !stored.has(t))).toEqual([]);
	expect(stored.has(shareToken('after', 0)) && stored.has(shareToken('after', 1))).toBe(true);
});

test('/readyz answers 503 while the database refuses connections, 200 again afterwards', async () => {
	const { slug } = await createCampaignOverHttp(urls[0] as string, 'Keine Verbindung');
	await admin(async (client) => {
		const { rows } = await client.query<{ db: string }>('select current_database() as db');
		const database = client.escapeIdentifier(rows[0]!.db);
		await client.query(`alter database ${database} connection limit 0`);
		try {
			await terminateAppBackends(client);
			for (const [i, base] of urls.entries()) {
				const response = await fetch(`${base}/readyz`);
				expect(response.status).toBe(503);
				expect(await response.text()).toMatch(/^unavailable: (database|timeout)/);
				expect((await fetch(`${base}/healthz`)).status).toBe(200);
				// A share meanwhile: the limiter (its counters live in the database) and the insert
				// both fail; the answer is 503 with Retry-After and the friendly page, not a 500.
				const share = await sendShare(base, slug, shareToken('refused', i));
				expect(share.status).toBe(503);
				expect(Number(share.headers.get('retry-after'))).toBeGreaterThan(0);
				expect(await share.text()).toContain('Gerade nicht erreichbar');
			}
		} finally {
			await client.query(`alter database ${database} connection limit -1`);
		}
	});
	for (const base of urls) {
		await expect.poll(async () => (await fetch(`${base}/readyz`)).status).toBe(200);
	}
});
