import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { specPort, startServer, type TestServer } from './server';
import { phone, startWorkshop } from './workshop-helpers';

/**
 * A server with a QUIZ_DIR: the README's example quiz (three questions) beside the article's.
 * The tests load the README's own example, so the documentation cannot go stale.
 */
function readmeExample(): string {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.split('\n## Write your own quiz\n')[1] ?? '';
	return /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
}

const quizDir = mkdtempSync(join(tmpdir(), 'smc-e2e-quizzes-'));
let server: TestServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	writeFileSync(join(quizDir, 'newsletter.yaml'), readmeExample());
	server = await startServer({
		port: specPort(30),
		env: { QUIZ_DIR: quizDir, RATE_LIMIT_CAMPAIGNS_PER_HOUR: '100' }
	});
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(quizDir, { recursive: true, force: true });
});

/** Answers the newsletter's three questions. */
async function answer(page: import('@playwright/test').Page, choices: string[]) {
	for (const [i, choice] of choices.entries()) {
		await expect(page.getByText(`Frage ${i + 1} von 3`, { exact: true })).toBeVisible();
		await page.getByRole('radio', { name: choice, exact: true }).check();
		await page.getByRole('button', { name: i === 2 ? 'Auswerten' : 'Weiter' }).click();
	}
}

test('the landing page lists the further quiz; it runs at /q/<id> with results, print and its own codes', async ({
	page
}) => {
	await page.goto(server.url);
	const others = page.getByRole('region', { name: 'Weitere Quizze' });
	await expect(others.getByText('3 Fragen · etwa 1 Minute · ohne Anmeldung')).toBeVisible();
	// The article's quiz is still the page's own "Quiz starten".
	await expect(page.getByRole('link', { name: 'Quiz starten' })).toHaveAttribute('href', '/quiz/1');
	await others.getByRole('link', { name: 'Newsletter-Check' }).click();
	await expect(page).toHaveURL(`${server.url}/q/newsletter`);
	await expect(
		page.getByRole('heading', { name: 'Was kann ein Newsletter für dein Unternehmen?', level: 1 })
	).toBeVisible();
	// The footer and the source credit name this quiz's source.
	await expect(page.getByRole('contentinfo')).toContainText(
		'Newsletter, was kannst du? – Notizen aus der Beratung'
	);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Quiz starten' }).click();
	await expect(page).toHaveURL(`${server.url}/q/newsletter/1`);
	await expect(page.getByRole('group', { name: 'Newsletter, bist du tot?' })).toBeVisible();
	await expectNoAxeViolations(page);
	await answer(page, ['Nein', 'Ja', 'Jein']);

	await expect(page).toHaveURL(/\/ergebnis\/nl[A-Za-z0-9_-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('100 %');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Nah dran');
	await expect(page.getByText('3 von 3 Punkten')).toBeVisible();
	await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
	await expect(page.getByRole('contentinfo')).toContainText('Newsletter, was kannst du?');
	// "Quiz wiederholen" leads back to this quiz, not to the article's.
	await expect(page.getByRole('link', { name: 'Quiz wiederholen' })).toHaveAttribute(
		'href',
		'/q/newsletter/1'
	);
	// The share preview is the landing page's (the article's band images are not this quiz's).
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		/\/og\/landing-de\.png$/
	);
	await expectNoAxeViolations(page);

	// On paper: the whole result.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText('Newsletter, verkaufst du?')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.length).toBeGreaterThan(10_000);
});

test('without JavaScript, in English, and with a hand-edited address', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${server.url}/en/q/newsletter/1`);
	await expect(page.getByRole('group', { name: 'Newsletter, are you dead?' })).toBeVisible();
	for (const choice of ['No', 'Partly', 'Yes']) {
		await page.getByRole('radio', { name: choice, exact: true }).check();
		await page.getByRole('button', { name: /^(Next|Evaluate)$/ }).click();
	}
	await expect(page).toHaveURL(/\/en\/ergebnis\/nl/);
	await expect(page.getByText('Close', { exact: true }).first()).toBeVisible();
	// A step past the answers goes back to the first unanswered one; unknown quizzes are 404.
	await page.goto(`${server.url}/q/newsletter/3`);
	await expect(page).toHaveURL(`${server.url}/q/newsletter/1`);
	expect((await page.goto(`${server.url}/q/tiktok`))?.status()).toBe(404);
	// The article's quiz keeps its own addresses.
	await page.goto(`${server.url}/q/social-media/2?a=n`);
	await expect(page).toHaveURL(`${server.url}/quiz/2?a=n`);
	await context.close();
});

test('a campaign with the further quiz: chosen in the form, its page, results and workshop', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await page.goto(`${server.url}/berater`);
	await page.getByLabel('Dein Name').fill('Nina Newsletter');
	await page.getByRole('combobox', { name: 'Quiz' }).selectOption({ label: 'Newsletter-Check' });
	await page.getByRole('radio', { name: /^Sie/ }).check();
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	const publicUrl = await page.getByRole('textbox', { name: 'Link für deine Kunden' }).inputValue();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	const slug = new URL(publicUrl).pathname.split('/')[2] as string;

	// The edit page names the quiz and offers a note per question of it.
	await page.goto(dashboardUrl);
	await page.getByRole('link', { name: 'Kampagne bearbeiten' }).click();
	await expect(page.getByText(/^Quiz: Newsletter-Check\./)).toBeVisible();
	await expect(page.getByRole('textbox', { name: /^Deine Anmerkung zu/ })).toHaveCount(3);
	await page.getByRole('textbox', { name: /Deine Anmerkung zu „Tot“/ }).fill('Meiner lebt.');
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByText(/^Gespeichert\./)).toBeVisible();

	const client = await browser.newContext();
	const p = await client.newPage();
	await p.goto(publicUrl);
	await expect(
		p.getByRole('heading', { name: 'Was kann ein Newsletter für Ihr Unternehmen?' })
	).toBeVisible();
	await p.getByRole('link', { name: 'Quiz starten' }).click();
	await answer(p, ['Ja', 'Ja', 'Ja']);
	await expect(p).toHaveURL(new RegExp(`/c/${slug}/ergebnis/nl`));
	await expect(p.getByText('Sie sehen den Newsletter anders als wir')).toBeVisible();
	await expect(p.getByText('Meiner lebt.')).toBeVisible();
	// A code of the other quiz is no result of this campaign.
	expect((await p.goto(`${server.url}/c/${slug}/ergebnis/smBAzQHa`))?.status()).toBe(400);
	await client.close();

	// The campaign's workshop asks the campaign's quiz.
	await page.goto(`${server.url}/c/${slug}/auswertung`);
	const { code } = await startWorkshop(page);
	const a = await phone(browser);
	await a.page.goto(`${server.url}/live/${code}`);
	await expect(a.page.getByRole('heading', { name: 'Sie sind dabei' })).toBeVisible();
	await page.getByRole('button', { name: 'Frage zeigen' }).click();
	await expect(a.page.getByRole('group', { name: 'Newsletter, bist du tot?' })).toBeVisible();
	await expect(a.page.getByText('Frage 1 von 3')).toBeVisible();
	await a.context.close();
});
