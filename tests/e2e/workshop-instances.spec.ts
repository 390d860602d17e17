import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AUTHOR, type Choice } from './helpers';
import { lockTestDatabase } from './pg-lock';
import { specPort, startServer, type TestServer } from './server';
import {
	answerRow,
	campaignWithDashboard,
	LAPTOP,
	phone,
	PROJECTOR,
	startWorkshop,
	vote
} from './workshop-helpers';

/** An app instance of our own: the production build on a port of this spec, stoppable and restartable. */
function instance(offset: number, env: Record<string, string>, dataDir?: string) {
	const port = specPort(offset);
	const url = `http://localhost:${port}`;
	let server: TestServer | undefined;
	return {
		url,
		async start() {
			server = await startServer({
				port,
				dataDir,
				env: {
					ORIGIN: url,
					RATE_LIMIT_CAMPAIGNS_PER_HOUR: '1000',
					RATE_LIMIT_KEY_FAILURES_PER_15_MIN: '1000',
					...env
				}
			});
		},
		async stop() {
			await server?.stop();
		}
	};
}

test.describe('a restart during a workshop (SQLite)', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'smc-e2e-workshop-restart-'));
	const app = instance(12, {}, dataDir);
	test.afterAll(async () => {
		await app.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	test('loses nothing: phones reconnect by themselves and go on; afterwards only counts remain', async ({
		browser
	}) => {
		test.setTimeout(120_000);
		await app.start();
		const presenterContext = await browser.newContext(LAPTOP);
		const presenter = await presenterContext.newPage();
		await campaignWithDashboard(presenter, app.url, 'Neustart');
		const { code } = await startWorkshop(presenter);
		const a = await phone(browser);
		await a.page.goto(`${app.url}/live/${code}`);
		const b = await phone(browser);
		await b.page.goto(`${app.url}/live/${code}`);
		await presenter.getByRole('button', { name: 'Frage zeigen' }).click();
		await vote(a.page, 'Nein');
		await expect(presenter.getByText('1 von 2 haben geantwortet')).toBeVisible();

		await app.stop();
		await app.start();

		// The open pages were not reloaded: their streams reconnected to the new process.
		await vote(b.page, 'Ja');
		await expect(presenter.getByText('2 von 2 haben geantwortet')).toBeVisible({ timeout: 15_000 });
		await presenter.getByRole('button', { name: 'Aufdecken' }).click();
		await expect(a.page.getByText('Du: Nein')).toBeVisible({ timeout: 15_000 });
		await expect(answerRow(a.page, 'Nein')).toContainText('1 · 50 %');
		await presenter.getByText('Workshop vorzeitig beenden').click();
		await presenter.getByRole('button', { name: 'Workshop beenden' }).click();
		await expect(presenter.getByRole('heading', { name: 'Ergebnis des Workshops' })).toBeVisible();

		// Only counts remain in the database: no token, no answer of anyone.
		const db = new Database(join(dataDir, 'app.db'), { readonly: true });
		const count = (table: string) =>
			(db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
		expect(count('live_answers')).toBe(0);
		expect(count('live_participants')).toBe(0);
		expect(db.prepare('select answer, count from live_counts order by answer').all()).toEqual([
			{ answer: 'ja', count: 1 },
			{ answer: 'jein', count: 0 },
			{ answer: 'nein', count: 1 }
		]);
		db.close();
		for (const context of [presenterContext, a.context, b.context]) await context.close();
	});
});

const databaseUrl = process.env.TEST_DATABASE_URL;

test.describe('two instances on one PostgreSQL database', () => {
	test.skip(!databaseUrl, 'TEST_DATABASE_URL is not set');
	const [one, two] = [13, 14].map((offset) =>
		instance(offset, { DATABASE_URL: databaseUrl as string })
	) as [ReturnType<typeof instance>, ReturnType<typeof instance>];
	let unlock: (() => Promise<void>) | undefined;

	test.beforeAll(async () => {
		test.setTimeout(180_000);
		unlock = await lockTestDatabase(databaseUrl as string);
		// One after the other: both run the migrations at start.
		await one.start();
		await two.start();
	});
	test.afterAll(async () => {
		await Promise.all([one.stop(), two.stop()]);
		await unlock?.();
	});

	test('the presenter on one instance, projector and phones on the other: live counts, reveal and end', async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const presenterContext = await browser.newContext(LAPTOP);
		const presenter = await presenterContext.newPage();
		await campaignWithDashboard(presenter, one.url, 'Zwei Instanzen Live');
		const { code } = await startWorkshop(presenter);

		const projectorContext = await browser.newContext(PROJECTOR);
		const projector = await projectorContext.newPage();
		await projector.goto(`${two.url}/live/${code}/beamer`);
		const phones = [
			await phone(browser),
			await phone(browser),
			await phone(browser, { javaScript: false })
		];
		for (const p of phones) await p.page.goto(`${two.url}/live/${code}`);
		await expect(presenter.getByText('Dabei: 3')).toBeVisible();

		await presenter.getByRole('button', { name: 'Frage zeigen' }).click();
		const [a, b, c] = phones as [(typeof phones)[0], (typeof phones)[0], (typeof phones)[0]];
		await expect(
			a.page.getByRole('group', { name: 'Social Media, bist du eine Werbefläche?' })
		).toBeVisible();
		await vote(a.page, 'Ja');
		// Each answer sent to instance two shows up on the presenter's instance one.
		await expect(presenter.getByText('1 von 3 haben geantwortet')).toBeVisible();
		await vote(b.page, 'Nein');
		await expect(presenter.getByText('2 von 3 haben geantwortet')).toBeVisible();
		await vote(c.page, 'Nein', { reload: true });
		await expect(presenter.getByText('3 von 3 haben geantwortet')).toBeVisible();
		await expect(projector.getByText('3 von 3 haben geantwortet')).toBeVisible();
		await expect(projector.getByRole('table')).toHaveCount(0);

		await presenter.getByRole('button', { name: 'Aufdecken' }).click();
		await expect(answerRow(projector, 'Ja')).toContainText('1 · 33 %');
		await expect(answerRow(projector, 'Nein')).toContainText('2 · 67 %');
		await expect(a.page.getByText('Du: Ja')).toBeVisible();

		await presenter.getByRole('button', { name: 'Noch einmal abstimmen' }).click();
		await expect(projector.getByText('Frage 1 von 8 · Runde 2')).toBeVisible();
		for (const [p, choice] of [
			[a, 'Nein'],
			[b, 'Nein'],
			[c, 'Nein']
		] as const) {
			await vote(p.page, choice as Choice, { reload: p === c });
		}
		await expect(presenter.getByText('3 von 3 haben geantwortet')).toBeVisible();
		await presenter.getByRole('button', { name: 'Aufdecken' }).click();
		await expect(answerRow(projector, 'Nein')).toContainText('3 · 100 %');
		await expect(answerRow(projector, 'Nein')).toContainText('+33 %-Punkte gegenüber Runde 1');

		for (let q = 1; q < 8; q++) {
			await presenter.getByRole('button', { name: 'Nächste Frage' }).click();
			for (const p of phones) await vote(p.page, AUTHOR[q] as Choice, { reload: p === c });
			await expect(presenter.getByText('3 von 3 haben geantwortet')).toBeVisible();
			await presenter.getByRole('button', { name: 'Aufdecken' }).click();
			await expect(projector.getByRole('heading', { name: /^Der Artikel sagt:/ })).toBeVisible();
		}
		await presenter.getByRole('button', { name: 'Workshop beenden' }).click();
		await expect(projector.getByRole('heading', { name: 'Ergebnis des Workshops' })).toBeVisible();
		await expect(projector.locator('dd', { hasText: /^100 %$/ })).toBeVisible();
		await expect(a.page).toHaveURL(/\/c\/[^/]+\/ergebnis\//);
		await expect(a.page.getByRole('heading', { level: 1 })).toContainText('100 %');
		for (const context of [presenterContext, projectorContext, ...phones.map((p) => p.context)]) {
			await context.close();
		}
	});
});
