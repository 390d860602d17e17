import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { informalWord } from '../../src/lib/content/address';
import { expect, test } from './fixtures';
import { AUTHOR, type Choice } from './helpers';
import { LAPTOP, phone, PROJECTOR, startWorkshop } from './workshop-helpers';

/** The article's quiz, as the app reads it: its question titles are the article's own words. */
const quiz = parse(readFileSync('quizzes/social-media.yaml', 'utf8')) as {
	source: { title: string };
	questions: { title: { de: string } }[];
};
const TITLES = quiz.questions.map((q) => q.title.de);

const NAME = 'Dr. Petra Förmlich';
const WELCOME = 'Guten Tag! Ich freue mich auf Ihre Antworten.';
const NOTE = 'Aus meiner Praxis: Anzeigen ja, Beiträge mit Nutzen.';

/**
 * Every place on the visible page that still says "du" to the reader. Left out: the article's
 * questions (it asks social media „bist du …?“, the same for every reader) and what the
 * consultant typed (their own words).
 */
async function informalOn(page: Page, where: string): Promise<string[]> {
	let text = await page.locator('body').innerText();
	for (const own of [...TITLES, quiz.source.title, NAME, WELCOME, NOTE]) {
		text = text.replaceAll(own, ' ');
	}
	return text
		.split('\n')
		.filter((line) => informalWord(line))
		.map((line) => `${where}: „${informalWord(line)}“ in ${line.trim()}`);
}

/** A Sie campaign with a note on the first question, made and edited as a consultant would. */
async function sieCampaign(page: Page) {
	await page.goto('/berater');
	await page.getByLabel('Dein Name').fill(NAME);
	await page.getByLabel(/^Begrüßung/).fill(WELCOME);
	await page.getByLabel(/^Kontakt-Link/).fill('petra.example');
	await page.getByLabel(/^Einbetten erlauben auf/).fill('https://petra.example');
	await page.getByRole('radio', { name: /^Sie/ }).check();
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	await page.goto(dashboardUrl);
	await page.getByRole('link', { name: 'Kampagne bearbeiten' }).click();
	await expect(page.getByRole('radio', { name: /^Sie/ })).toBeChecked();
	await page.getByRole('textbox', { name: /Deine Anmerkung zu „Werbefläche“/ }).fill(NOTE);
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByText(/^Gespeichert\./)).toBeVisible();
	return { slug: new URL(dashboardUrl).pathname.split('/')[2] as string };
}

test('a Sie campaign says Sie on every page its participants see: quiz, results, sharing, print, workshop', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	const { slug } = await sieCampaign(page);
	const found: string[] = [];

	// A client follows the link, with JavaScript, and answers with the article except once.
	const client = await browser.newContext();
	const p = await client.newPage();
	await p.goto(`/c/${slug}`);
	await expect(
		p.getByRole('heading', { name: 'Was ist Social Media für Ihr Unternehmen?' })
	).toBeVisible();
	found.push(...(await informalOn(p, 'campaign page')));
	await p.getByRole('link', { name: 'Quiz starten' }).click();
	const choices: Choice[] = [...AUTHOR];
	choices[2] = 'Jein';
	for (const [i, choice] of choices.entries()) {
		await expect(p.getByText(`Frage ${i + 1} von 8`, { exact: true })).toBeVisible();
		if (i === 0) {
			// "Weiter" without an answer: the hint and the error in the campaign's address.
			await p.getByRole('button', { name: 'Weiter' }).click();
			await expect(p.getByRole('alert')).toHaveText('Bitte wählen Sie eine Antwort.');
		}
		await expect(
			p.getByText('Wählen Sie die Antwort, die am ehesten Ihrer Sicht entspricht.')
		).toBeVisible();
		found.push(...(await informalOn(p, `question ${i + 1}`)));
		await p.getByRole('radio', { name: choice, exact: true }).check();
		await p.getByRole('button', { name: i === 7 ? 'Auswerten' : 'Weiter' }).click();
	}

	// The results: participant, article and consultant.
	await expect(p).toHaveURL(/\/c\/[^/]+\/ergebnis\//);
	await expect(p.getByText('Ihr Ergebnis', { exact: true })).toBeVisible();
	const card = p.getByRole('row', { name: /Werbefläche/ });
	// Answered as the article did, yet open: the consultant has something to say here.
	await expect(card.getByText(`Begründung und Anmerkung von ${NAME}`)).toBeVisible();
	await expect(card.getByRole('heading', { name: `Anmerkung von ${NAME}` })).toBeVisible();
	await expect(card.getByText(NOTE)).toBeVisible();
	// Open every card, so that every text of the page is read.
	for (const summary of await p.locator('summary').all()) {
		const details = summary.locator('..');
		if ((await details.getAttribute('open')) === null) await summary.click();
	}
	await p.locator('canvas').scrollIntoViewIfNeeded();
	found.push(...(await informalOn(p, 'results')));

	// Sharing, and the thanks.
	await p.getByLabel('Name oder Kürzel').fill('PF');
	await p.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(
		p.getByText(`Danke! ${NAME} sieht Ihr Ergebnis jetzt in der Auswertung.`)
	).toBeVisible();
	found.push(...(await informalOn(p, 'results, shared')));

	// On paper: the note is there, and Sie too.
	await p.emulateMedia({ media: 'print' });
	await expect(p.getByText(NOTE)).toBeVisible();
	await expect(p.getByText(/Ihr Ergebnis online:/)).toBeVisible();
	found.push(...(await informalOn(p, 'print')));
	await p.emulateMedia({ media: 'screen' });

	// A broken result link within the campaign.
	const broken = await p.goto(`/c/${slug}/ergebnis/smBAAAAA`);
	expect(broken?.status()).toBe(400);
	await expect(p.getByText(/Machen Sie das Quiz einfach noch einmal/)).toBeVisible();
	found.push(...(await informalOn(p, 'broken result link')));

	// Without JavaScript, a question and the results say the same.
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const q = await noJs.newPage();
	await q.goto(`/c/${slug}/quiz/2?a=n&next=1`);
	await expect(q.getByText('Bitte wählen Sie eine Antwort.')).toBeVisible();
	found.push(...(await informalOn(q, 'question without JavaScript')));
	await q.goto(
		p
			.url()
			.replace(/\?.*$/, '')
			.replace(/\/ergebnis\/.*$/, '/ergebnis/smBAzQHa')
	);
	found.push(...(await informalOn(q, 'results without JavaScript')));
	// The quiz as the consultant's website embeds it (opened here on its own).
	await q.goto(`/c/${slug}/embed`);
	await expect(
		q.getByRole('heading', { name: 'Was ist Social Media für Ihr Unternehmen?' })
	).toBeVisible();
	found.push(...(await informalOn(q, 'embedded start')));
	await q.goto(`/c/${slug}/embed/quiz/2?a=n&next=1`);
	await expect(q.getByText('Bitte wählen Sie eine Antwort.')).toBeVisible();
	found.push(...(await informalOn(q, 'embedded question')));
	await q.goto(`/c/${slug}/embed/ergebnis/smBAzQHa`);
	await expect(q.getByText('Ihr Ergebnis', { exact: true })).toBeVisible();
	found.push(...(await informalOn(q, 'embedded results')));
	await noJs.close();

	// The workshop: the participant's phone and the projector (the consultant presents).
	const presenter = page;
	await presenter.setViewportSize(LAPTOP.viewport);
	await presenter.goto(`/c/${slug}/auswertung`);
	const { code } = await startWorkshop(presenter);
	const projectorContext = await browser.newContext(PROJECTOR);
	const projector = await projectorContext.newPage();
	await projector.goto(`/live/${code}/beamer`);
	await expect(projector.getByRole('heading', { name: 'Gleich geht es los' })).toBeVisible();
	found.push(...(await informalOn(projector, 'projector, lobby')));

	const a = await phone(browser);
	await a.page.goto(`/live/${code}`);
	await expect(a.page.getByRole('heading', { name: 'Sie sind dabei' })).toBeVisible();
	found.push(...(await informalOn(a.page, 'phone, lobby')));
	await presenter.getByRole('button', { name: 'Frage zeigen' }).click();
	await expect(a.page.getByRole('group', { name: TITLES[0] })).toBeVisible();
	await expect(projector.getByText(/^Machen Sie mit: Öffnen Sie /)).toBeVisible();
	found.push(...(await informalOn(projector, 'projector, question')));
	found.push(...(await informalOn(a.page, 'phone, question')));
	await a.page.getByRole('radio', { name: 'Ja', exact: true }).check();
	await a.page.getByRole('button', { name: 'Antwort senden' }).click();
	await expect(a.page.getByText('Ihre Antwort: Ja', { exact: true })).toBeVisible();
	found.push(...(await informalOn(a.page, 'phone, answered')));
	await presenter.getByRole('button', { name: 'Aufdecken' }).click();
	await expect(a.page.getByText('Sie: Ja', { exact: true })).toBeVisible();
	found.push(...(await informalOn(a.page, 'phone, revealed')));
	await expect(projector.getByText('Der Artikel sagt: Nein.')).toBeVisible();
	found.push(...(await informalOn(projector, 'projector, revealed')));
	// The end: the phone missed seven questions and answers them, then sees its result.
	await presenter.getByText('Workshop vorzeitig beenden').click();
	await presenter.getByRole('button', { name: 'Workshop beenden' }).click();
	await expect(a.page.getByRole('heading', { name: 'Ihnen fehlen noch Antworten' })).toBeVisible();
	found.push(...(await informalOn(a.page, 'phone, missed questions')));
	for (let i = 1; i < 8; i++) {
		await a.page.locator(`input[name="q${i}"][value="jein"]`).check();
	}
	await a.page.getByRole('button', { name: 'Mein Ergebnis zeigen' }).click();
	await expect(a.page).toHaveURL(new RegExp(`/c/${slug}/ergebnis/`));
	await expect(a.page.getByText('Ihr Ergebnis', { exact: true })).toBeVisible();
	found.push(...(await informalOn(a.page, 'phone, result')));

	expect(found).toEqual([]);

	// English is the same as ever.
	await p.goto(`/en/c/${slug}`);
	await expect(
		p.getByRole('heading', { name: 'What is social media for your business?' })
	).toBeVisible();
	for (const context of [client, projectorContext, a.context]) await context.close();
});

test('a du campaign stays du, and the consultant’s note is its own', async ({ page }) => {
	await page.goto('/berater');
	await page.getByLabel('Dein Name').fill('Du Beispiel');
	await expect(page.getByRole('radio', { name: /^du/ })).toBeChecked();
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	const publicUrl = await page.getByRole('textbox', { name: 'Link für deine Kunden' }).inputValue();
	await page.goto(new URL(publicUrl).pathname);
	await expect(
		page.getByRole('heading', { name: 'Was ist Social Media für dein Unternehmen?' })
	).toBeVisible();
	await page.goto(`${new URL(publicUrl).pathname}/ergebnis/smBAzQHa`);
	await expect(page.getByText('Dein Ergebnis', { exact: true })).toBeVisible();
	await expect(page.getByText(/Anmerkung von/)).toHaveCount(0);
});

test('a note typed before the edit page became interactive is kept and saved', async ({ page }) => {
	await page.goto('/berater');
	await page.getByLabel('Dein Name').fill('Früh Tippend');
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	await page.goto(dashboardUrl);
	const editUrl = (await page
		.getByRole('link', { name: 'Kampagne bearbeiten' })
		.getAttribute('href')) as string;
	// The app's scripts wait until the note is typed, as on a slow connection.
	let release = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto(editUrl, { waitUntil: 'domcontentloaded' });
	const note = page.getByRole('textbox', { name: /Deine Anmerkung zu „Werbefläche“/ });
	await note.fill(NOTE);
	release();
	await page.waitForLoadState('networkidle');
	await expect(note).toHaveValue(NOTE);
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByText(/^Gespeichert\./)).toBeVisible();
	await page.unroute('**/_app/immutable/**');
	await page.goto(editUrl);
	await expect(note).toHaveValue(NOTE);
});
