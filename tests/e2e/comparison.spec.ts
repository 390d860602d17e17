import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createCampaign } from './campaign-helpers';
import { expect, test } from './fixtures';
import { all, AUTHOR, expectNoAxeViolations, takeQuiz, type Choice } from './helpers';
import { specPort, startServer, type TestServer } from './server';

/**
 * "So antworten andere": completions are counted only on the way from the last question to the
 * result (with and without JavaScript, public quiz and campaigns, German and English), never when
 * a results page is opened or reloaded, and the figures appear from the threshold on. An
 * instance of its own publishes every completion at once (BENCHMARK_REFRESH_S=0) from three on.
 */
test.describe.configure({ mode: 'serial' });

let server: TestServer;
test.beforeAll(async () => {
	server = await startServer({
		port: specPort(20),
		env: {
			BENCHMARK_MIN_COUNT: '3',
			BENCHMARK_REFRESH_S: '0',
			// All tests come from 127.0.0.1; the limiter itself is unit-tested.
			BENCHMARK_COMPLETIONS_PER_MINUTE: '60'
		}
	});
});
test.afterAll(async () => {
	await server?.stop();
});

/** Completions are written in the background: reloads until the page shows `text`. */
async function reloadUntil(page: Page, text: string | RegExp) {
	await expect(async () => {
		await page.reload();
		await expect(page.getByText(text)).toBeVisible({ timeout: 500 });
	}).toPass({ timeout: 15_000 });
}

/** A participant of their own (fresh browser context), through the landing page's button. */
async function participant(
	browser: Browser,
	start: string,
	choices: Choice[],
	options: { javaScriptEnabled?: boolean } = {}
) {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto(start);
	await page.getByRole('link', { name: 'Quiz starten' }).click();
	await takeQuiz(page, choices);
	await expect(page).toHaveURL(/\/ergebnis\/[A-Za-z0-9_-]+$/);
	return { page, context };
}

/** Everyone's answers to the first question (Werbefläche), as its card says them in text. */
const firstOthersCell = (page: Page, label: string) =>
	page.getByRole('cell', { name: new RegExp(`^${label}`) }).first();

let campaign: { publicUrl: string; dashboardUrl: string };

test('below the threshold one line says how many completions there are; opening or reloading a result counts nothing', async ({
	page
}) => {
	// A result link opened directly (a bookmark, a link from another site): not a completion.
	await page.goto(`${server.url}/ergebnis/smBAOPEb`);
	const line = page.getByText('Vergleich mit allen Teilnehmenden ab 3 Teilnahmen – bisher 0.');
	await expect(line).toBeVisible();
	await page.reload();
	await page.reload();
	await expect(line).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Alle Teilnehmenden' })).toHaveCount(0);
	await expect(page.getByText(/mehr Punkte als/)).toHaveCount(0);
});

test('three completions – one without JavaScript, one in a campaign – make the fourth participant’s page show everyone’s answers', async ({
	browser
}) => {
	// Four participants, a campaign and four axe runs: a long journey on a busy machine.
	test.setTimeout(120_000);
	// 1: the public quiz with JavaScript, the article's answers (8 points).
	const first = await participant(browser, `${server.url}/`, AUTHOR);
	await reloadUntil(first.page, 'Vergleich mit allen Teilnehmenden ab 3 Teilnahmen – bisher 1.');
	// Reloading the own result again counts nothing.
	await first.page.reload();
	await first.page.reload();
	await expect(first.page.getByText(/bisher 1\./)).toBeVisible();

	// 2: without JavaScript (GET forms and redirects only), all Ja (4 points).
	const second = await participant(browser, `${server.url}/`, all('Ja'), {
		javaScriptEnabled: false
	});
	await reloadUntil(second.page, /ab 3 Teilnahmen – bisher 2\./);

	// 3: a campaign's quiz, all Jein (4.75 points), shared with the consultant.
	const setup = await browser.newPage();
	campaign = await createCampaign(setup, 'Vergleich Beispiel', {}, server.url);
	await setup.close();
	const third = await participant(browser, campaign.publicUrl, all('Jein'));
	await third.page.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(third.page.getByText(/sieht dein Ergebnis jetzt in der Auswertung/)).toBeVisible();
	await reloadUntil(third.page, /wie alle 3 Teilnehmenden geantwortet haben/);
	await expect(third.page.getByRole('columnheader', { name: 'Alle Teilnehmenden' })).toHaveCount(1);

	// The page without JavaScript shows the bars too: they are drawn on the server.
	await second.page.reload();
	await expect(firstOthersCell(second.page, 'Alle Teilnehmenden')).toContainText(
		/Ja\s*34 %.*Jein\s*33 %.*Nein\s*33 %/
	);

	// 4: English, all No (4.5 points): the distribution is there on arrival, without a reload.
	const context = await browser.newContext();
	const fourth = await context.newPage();
	await fourth.goto(`${server.url}/en`);
	await fourth.getByRole('link', { name: 'Start the quiz' }).click();
	for (let step = 1; step <= 8; step++) {
		await expect(fourth.getByText(`Question ${step} of 8`, { exact: true })).toBeVisible();
		await fourth.getByRole('radio', { name: 'No', exact: true }).check();
		await fourth.getByRole('button', { name: step === 8 ? 'Evaluate' : 'Next' }).click();
	}
	await expect(fourth).toHaveURL(/\/en\/ergebnis\//);
	await expect(fourth.getByRole('columnheader', { name: 'All participants' })).toHaveCount(1);
	await expect(fourth.getByText(/The bars show how all [34] participants answered/)).toBeVisible();

	// Once the fourth is written: Werbefläche Nein, Ja, Jein, Nein; 4.5 points against 8, 4, 4.75.
	await reloadUntil(fourth, /The bars show how all 4 participants answered/);
	const cell = firstOthersCell(fourth, 'All participants');
	await expect(cell).toContainText(
		/Yes\s*25 %.*Partly\s*25 %.*No\s*50 %.*– your answer.*– the article’s answer/
	);
	await expect(
		fourth.getByText('You have more points than 25 % of participants. 25 % have just as many.')
	).toBeVisible();

	// Reloading the results pages changes no counter.
	for (const page of [fourth, first.page, second.page, third.page]) await page.reload();
	await fourth.reload();
	await expect(fourth.getByText(/The bars show how all 4 participants answered/)).toBeVisible();
	await expect(
		first.page.getByText(
			'Du hast mehr Punkte als 75 % der Teilnehmenden. 25 % haben genauso viele.'
		)
	).toBeVisible();
	const counters = new Database(join(server.dataDir, 'app.db'), { readonly: true });
	try {
		const scores = counters
			.prepare('select quarters, count from comparison_score_counts order by quarters')
			.all();
		expect(scores).toEqual([
			{ quarters: 16, count: 1 },
			{ quarters: 18, count: 1 },
			{ quarters: 19, count: 1 },
			{ quarters: 32, count: 1 }
		]);
	} finally {
		counters.close();
	}

	// Axe, light and dark, with the comparison on the page.
	await expectNoAxeViolations(fourth);
	await fourth.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(fourth);
	await expectNoAxeViolations(first.page);
	for (const c of [first.context, second.context, third.context, context]) await c.close();
});

test('the dashboard shows the campaign’s shares next to all participants', async ({ page }) => {
	await page.goto(campaign.dashboardUrl);
	await expect(page.getByText(/„Alle Teilnehmenden“: wie alle 4 Teilnehmenden/)).toBeVisible();
	const werbeflaeche = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name: 'Werbefläche' }) });
	await expect(werbeflaeche).toContainText(/Deine Kampagne.*Jein\s*1 \(100\s*%\)/);
	await expect(werbeflaeche).toContainText(
		/Alle Teilnehmenden.*Ja\s*25\s*%.*Jein\s*25\s*%.*Nein\s*50\s*%/
	);
	await expect(werbeflaeche).toContainText(
		'0 % sehen es wie der Artikel, unter allen Teilnehmenden 50 %'
	);
	await expectNoAxeViolations(page);
});

test('the landing and privacy pages say what is counted, with this installation’s settings', async ({
	page
}) => {
	await page.goto(`${server.url}/`);
	await expect(page.getByText(/zählen wir jedes abgeschlossene Quiz anonym mit/)).toBeVisible();
	await page.goto(`${server.url}/en`);
	await expect(page.getByText(/we count every completed quiz anonymously/)).toBeVisible();
	await page.goto(`${server.url}/datenschutz`);
	await expect(
		page.getByRole('cell', {
			name: /vergisst sie danach \(nach der letzten Frage zählt er sie nur zu den anonymen Zählern/
		})
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Der Vergleich mit allen Teilnehmenden' })
	).toBeVisible();
	// BENCHMARK_REFRESH_S=0, BENCHMARK_MIN_COUNT=3, BENCHMARK_COMPLETIONS_PER_MINUTE=60.
	// Strings, not patterns: Playwright matches strings against the text with whitespace collapsed.
	await expect(
		page.getByText(
			'Schnappschuss der Zähler, der bei jedem Seitenaufruf erneuert wird, und erst ab 3 abgeschlossenen Quizzen'
		)
	).toBeVisible();
	await expect(
		page.getByText('zählt eine IP-Adresse höchstens 60-mal pro Minute mit')
	).toBeVisible();
	await expectNoAxeViolations(page);
});

test.describe('with BENCHMARK=off', () => {
	let off: TestServer;
	test.beforeAll(async () => {
		off = await startServer({ port: specPort(21), env: { BENCHMARK: 'off' } });
	});
	test.afterAll(async () => {
		await off?.stop();
	});

	test('nothing is counted or shown, and the privacy texts say so', async ({ page }) => {
		await page.goto(`${off.url}/`);
		await expect(
			page.getByText(
				'Keine Anmeldung, keine Cookies, kein Tracking: Deine Antworten stehen nur in der Adresszeile deines Browsers.',
				{ exact: true }
			)
		).toBeVisible();
		await page.getByRole('link', { name: 'Quiz starten' }).click();
		await takeQuiz(page, AUTHOR);
		await expect(page).toHaveURL(/\/ergebnis\//);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('100 %');
		for (const text of [/Vergleich mit allen/, /Teilnehmenden/, /mehr Punkte als/, /– bisher \d/]) {
			await expect(page.getByText(text)).toHaveCount(0);
		}
		await expect(page.getByRole('columnheader')).toHaveCount(5);
		await page.goto(`${off.url}/datenschutz`);
		await expect(page.getByText(/Auf dieser Website ist der Vergleich abgeschaltet/)).toBeVisible();
		const db = new Database(join(off.dataDir, 'app.db'), { readonly: true });
		try {
			expect(db.prepare('select count(*) as n from comparison_score_counts').get()).toEqual({
				n: 0
			});
		} finally {
			db.close();
		}
	});
});
