import { expect, test } from './fixtures';
import { AUTHOR, type Choice } from './helpers';
import {
	answerRow,
	campaignWithDashboard,
	expectAccessible,
	LAPTOP,
	phone,
	PROJECTOR,
	startWorkshop,
	vote
} from './workshop-helpers';

test('a workshop from start to end: presenter, projector and three phones, one without JavaScript', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const presenterContext = await browser.newContext(LAPTOP);
	const presenter = await presenterContext.newPage();
	const { slug } = await campaignWithDashboard(presenter, '', 'Workshop Anna');
	const { code } = await startWorkshop(presenter);
	await expect(presenter.getByText('Dabei: 0')).toBeVisible();
	await expect(
		presenter.getByRole('img', { name: /QR-Code zum Beitreten: .*\/live\/[A-Z0-9]{6}$/ })
	).toBeVisible();
	await expectAccessible(presenter, 'presenter, lobby');

	const projectorContext = await browser.newContext(PROJECTOR);
	const projector = await projectorContext.newPage();
	// chart.js (recognised by one of its messages) is fetched only for the summary at the end.
	let chartLoads = 0;
	projector.on('response', async (r) => {
		if (r.request().resourceType() !== 'script') return;
		const body = await r.text().catch(() => '');
		if (body.includes('ticks. Limiting to 1000.')) chartLoads += 1;
	});
	await projector.goto(`/live/${code}/beamer`);
	await expect(projector.getByRole('heading', { name: 'Gleich geht es los' })).toBeVisible();
	// No controls on the projector.
	await expect(projector.getByRole('button')).toHaveCount(0);
	await expectAccessible(projector, 'projector, lobby');

	// Joining: by the form (typed in lower case with a space), by the QR code's link, and
	// without JavaScript by the form.
	const a = await phone(browser);
	await a.page.goto('/live');
	await a.page.getByLabel('Code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
	await a.page.getByRole('button', { name: 'Beitreten' }).click();
	await expect(a.page).toHaveURL(new RegExp(`/live/${code}/[A-Za-z0-9_-]{22}$`));
	await expect(a.page.getByRole('heading', { name: 'Du bist dabei' })).toBeVisible();
	await expectAccessible(a.page, 'phone, lobby');
	// The consultant's clients are not invited to become consultants, in a workshop either.
	await expect(a.page.getByRole('link', { name: 'Für Beraterinnen und Berater' })).toHaveCount(0);
	await expect(a.page.getByRole('link', { name: 'Datenschutz' })).toBeVisible();

	const b = await phone(browser);
	await b.page.goto(`/live/${code}`);
	await expect(b.page.getByRole('heading', { name: 'Du bist dabei' })).toBeVisible();

	const c = await phone(browser, { javaScript: false });
	await c.page.goto('/live');
	await c.page.getByLabel('Code').fill(code);
	await c.page.getByRole('button', { name: 'Beitreten' }).click();
	await expect(c.page.getByRole('heading', { name: 'Du bist dabei' })).toBeVisible();
	// Without JavaScript: a refresh while waiting, and a button to do it now.
	await expect(c.page.locator('noscript')).toHaveCount(1);
	await expect(c.page.getByRole('button', { name: 'Aktualisieren' })).toBeVisible();
	// Nothing on the device: no cookie for participants.
	for (const p of [a, b, c]) expect(await p.context.cookies()).toEqual([]);

	// The presenter and the projector follow the joins live.
	await expect(presenter.getByText('Dabei: 3')).toBeVisible();
	await expect(projector.getByText('Dabei: 3')).toBeVisible();

	// Question 1.
	await presenter.getByRole('button', { name: 'Frage zeigen' }).click();
	const q1 = 'Social Media, bist du eine Werbefläche?';
	await expect(a.page.getByRole('group', { name: q1 })).toBeVisible();
	await expect(b.page.getByRole('group', { name: q1 })).toBeVisible();
	await expect(projector.getByRole('heading', { name: q1 })).toBeVisible();
	await expectAccessible(a.page, 'phone, question');
	await vote(a.page, 'Nein');
	await vote(b.page, 'Ja');
	await vote(c.page, 'Jein', { reload: true });
	await expectAccessible(a.page, 'phone, answered');

	// Before the reveal: how many, never how.
	for (const view of [presenter, projector]) {
		await expect(view.getByText('3 von 3 haben geantwortet')).toBeVisible();
		await expect(view.getByRole('table')).toHaveCount(0);
		await expect(view.getByText(/Der Artikel sagt/)).toHaveCount(0);
	}
	await expectAccessible(presenter, 'presenter, open');
	await expectAccessible(projector, 'projector, open');

	// A changes the answer: still three answers, one each.
	await a.page.getByRole('link', { name: 'Antwort ändern' }).click();
	await vote(a.page, 'Jein');
	await expect(presenter.getByText('3 von 3 haben geantwortet')).toBeVisible();

	// C (no JavaScript) opens the form to change, but the voting closes before it is sent.
	await c.page.getByRole('link', { name: 'Antwort ändern' }).click();
	await c.page.getByRole('radio', { name: 'Nein', exact: true }).check();

	await presenter.getByRole('button', { name: 'Aufdecken' }).click();
	for (const view of [presenter, projector]) {
		await expect(view.getByText('Der Artikel sagt: Nein.')).toBeVisible();
		await expect(answerRow(view, 'Ja')).toContainText('1 · 33 %');
		await expect(answerRow(view, 'Jein')).toContainText('2 · 67 %');
		await expect(answerRow(view, 'Nein')).toContainText('0 · 0 %');
		await expect(answerRow(view, 'Nein')).toContainText('Artikel');
	}
	// Partial credit explained as on the results page: Jein against a plain Nein.
	await expect(presenter.getByText(/Dein Jein liegt in der Mitte/)).toBeVisible();
	await expectAccessible(presenter, 'presenter, revealed');
	await expectAccessible(projector, 'projector, revealed');

	await c.page.getByRole('button', { name: 'Antwort senden' }).click();
	await expect(c.page.getByText('Die Abstimmung ist geschlossen')).toBeVisible();
	await expect(answerRow(presenter, 'Nein')).toContainText('0 · 0 %');

	// Phones see the reveal with their own answer against the author's.
	await expect(b.page.getByText('Du: Ja')).toBeVisible();
	await expect(b.page.getByText('Artikel: Nein.')).toBeVisible();
	await expect(b.page.getByText('Anders als der Artikel')).toBeVisible();
	await expectAccessible(b.page, 'phone, revealed');

	// Second round after the discussion: the reveal shows round 1 beside round 2.
	await presenter.getByRole('button', { name: 'Noch einmal abstimmen' }).click();
	await expect(projector.getByText('Frage 1 von 8 · Runde 2')).toBeVisible();
	await expect(a.page.getByText(/In Runde 1 hast du „Jein“ gesagt/)).toBeVisible();
	await vote(a.page, 'Nein');
	await vote(b.page, 'Nein');
	await vote(c.page, 'Nein', { reload: true });
	await expect(presenter.getByText('3 von 3 haben geantwortet')).toBeVisible();
	await presenter.getByRole('button', { name: 'Aufdecken' }).click();
	for (const view of [presenter, projector]) {
		await expect(view.getByRole('columnheader', { name: /Runde 1/ })).toBeVisible();
		await expect(view.getByRole('columnheader', { name: /Runde 2/ })).toBeVisible();
		await expect(answerRow(view, 'Nein')).toContainText('0 · 0 %');
		await expect(answerRow(view, 'Nein')).toContainText('3 · 100 %');
		await expect(answerRow(view, 'Nein')).toContainText('+100 %-Punkte gegenüber Runde 1');
	}
	await expect(presenter.getByRole('button', { name: 'Noch einmal abstimmen' })).toHaveCount(0);

	// The other seven questions: A and C answer as the author, B always Ja.
	for (let q = 1; q < 8; q++) {
		await presenter.getByRole('button', { name: 'Nächste Frage' }).click();
		await expect(a.page.getByText(`Frage ${q + 1} von 8`)).toBeVisible();
		await vote(a.page, AUTHOR[q] as Choice);
		await vote(b.page, 'Ja');
		await vote(c.page, AUTHOR[q] as Choice, { reload: true });
		await expect(presenter.getByText('3 von 3 haben geantwortet')).toBeVisible();
		await presenter.getByRole('button', { name: 'Aufdecken' }).click();
		await expect(presenter.getByRole('heading', { name: /^Der Artikel sagt:/ })).toBeVisible();
	}
	await expect(presenter.getByRole('button', { name: 'Nächste Frage' })).toHaveCount(0);
	expect(chartLoads).toBe(0);
	await presenter.getByRole('button', { name: 'Workshop beenden' }).click();

	// The end: group against author, average and bands, the furthest questions, chart and CSV.
	for (const view of [presenter, projector]) {
		await expect(view.getByRole('heading', { name: 'Ergebnis des Workshops' })).toBeVisible();
		// A and C: the author's answers (100 %); B: Nein to question 1, then always Ja
		// (1 + 0.5 + 0.25 + 1 + 0.25 + 1 + 0 + 1 = 5 of 8 points, 63 %): 88 % on average.
		await expect(view.getByText('Alle Fragen beantwortet', { exact: true })).toBeVisible();
		await expect(view.locator('dd', { hasText: /^88 %$/ })).toBeVisible();
		await expect(view.getByRole('img', { name: /Balkendiagramm/ }).locator('canvas')).toBeVisible();
		await expect(
			view.getByRole('heading', { name: 'Wo die Gruppe am weitesten vom Artikel entfernt ist' })
		).toBeVisible();
	}
	await expect.poll(() => chartLoads).toBe(1);
	const summaryRow = presenter.getByRole('row', { name: /^Werbefläche/ });
	await expect(summaryRow).toContainText('(nach Runde 2)');
	await expect(summaryRow).toContainText('3 · 100 %');
	await expectAccessible(presenter, 'presenter, ended');
	await expectAccessible(projector, 'projector, ended');

	const csv = await presenter.request.get(
		(await presenter
			.getByRole('link', { name: 'Zahlen als CSV (Excel)' })
			.getAttribute('href')) as string
	);
	expect(csv.status()).toBe(200);
	const lines = (await csv.text())
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe('Frage;Runde;Ja;Jein;Nein;Urteil des Artikels');
	expect(lines).toContain('Werbefläche;1;1;2;0;Nein.');
	expect(lines).toContain('Werbefläche;2;0;0;3;Nein.');
	expect(lines).toHaveLength(1 + 9);

	// Each phone shows its own results page; "Ergebnis teilen" works as usual.
	await expect(a.page).toHaveURL(new RegExp(`/c/${slug}/ergebnis/`));
	await expect(a.page.getByRole('heading', { level: 1 })).toContainText('100 %');
	await expect(b.page).toHaveURL(new RegExp(`/c/${slug}/ergebnis/`));
	await expect(b.page.getByRole('heading', { level: 1 })).toContainText('63 %');
	// Without JavaScript the waiting page reloads by itself within a few seconds.
	await expect(c.page).toHaveURL(new RegExp(`/c/${slug}/ergebnis/`), { timeout: 15_000 });
	await b.page.getByLabel('Name oder Kürzel').fill('Team B');
	await b.page.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(b.page.getByText(/sieht dein Ergebnis jetzt/)).toBeVisible();

	// The workshop's code now leads to a clear page with the code field.
	const late = await phone(browser);
	const response = await late.page.goto(`/live/${code}`);
	expect(response?.status()).toBe(410);
	await expect(
		late.page.getByRole('heading', { name: 'Dieser Workshop ist beendet' })
	).toBeVisible();
	await expect(late.page.getByLabel('Code')).toBeVisible();

	// The dashboard leads to the workshops, the shared result is there.
	await presenter.getByRole('link', { name: 'Zur Auswertung' }).click();
	await expect(presenter.getByRole('rowheader', { name: 'Team B' })).toBeVisible();

	for (const context of [
		presenterContext,
		projectorContext,
		a.context,
		b.context,
		c.context,
		late.context
	]) {
		await context.close();
	}
});

test('a participant who missed a question answers it after the end to see the result', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const presenterContext = await browser.newContext(LAPTOP);
	const presenter = await presenterContext.newPage();
	await campaignWithDashboard(presenter, '', 'Spät dabei');
	const { code } = await startWorkshop(presenter);
	await presenter.getByRole('button', { name: 'Frage zeigen' }).click();
	for (let q = 1; q < 8; q++) {
		await presenter.getByRole('button', { name: 'Aufdecken' }).click();
		await presenter.getByRole('button', { name: 'Nächste Frage' }).click();
	}
	// Joins at question 8 without JavaScript.
	const late = await phone(browser, { javaScript: false });
	await late.page.goto(`/live/${code}`);
	await vote(late.page, 'Ja');
	// Right after answering (not only after a refresh), the address holds the answers so far.
	expect(late.page.url()).toMatch(/\?a=-{7}y$/);
	await presenter.getByRole('button', { name: 'Aufdecken' }).click();
	await presenter.getByRole('button', { name: 'Workshop beenden' }).click();

	// A plain reload after the end (the server has forgotten the answers): the address has them.
	await late.page.reload();
	await expect(late.page.getByRole('heading', { name: 'Dir fehlen noch Antworten' })).toBeVisible();
	// Axe needs JavaScript in the page: the same address in a browser with it.
	const check = await phone(browser);
	await check.page.goto(late.page.url());
	await expect(
		check.page.getByRole('heading', { name: 'Dir fehlen noch Antworten' })
	).toBeVisible();
	await expectAccessible(check.page, 'phone, missed questions');
	await check.context.close();
	const groups = late.page.getByRole('group');
	await expect(groups).toHaveCount(7);
	await late.page.getByRole('button', { name: 'Mein Ergebnis zeigen' }).click();
	await expect(late.page.getByRole('alert')).toContainText('Bitte wähle eine Antwort.');
	for (let q = 0; q < 7; q++) {
		await late.page
			.getByRole('group')
			.nth(q)
			.getByRole('radio', { name: AUTHOR[q] as Choice, exact: true })
			.check();
	}
	await late.page.getByRole('button', { name: 'Mein Ergebnis zeigen' }).click();
	await expect(late.page).toHaveURL(/\/c\/[^/]+\/ergebnis\//);
	// The author's answers to 1–7 and Ja to 8 (the author's too): 100 %.
	await expect(late.page.getByRole('heading', { level: 1 })).toContainText('100 %');
	await presenterContext.close();
	await late.context.close();
});

test('bad input: unknown and malformed codes, foreign tokens, presenter steps without the session', async ({
	browser,
	page
}) => {
	test.setTimeout(90_000);
	let response = await page.goto('/live/ZZZZZZ');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Diesen Workshop gibt es nicht' })).toBeVisible();
	await expect(page.getByLabel('Code')).toBeVisible();
	await expectAccessible(page, 'unknown code');

	await page.goto('/live');
	await page.getByLabel('Code').fill('AB1');
	await page.getByRole('button', { name: 'Beitreten' }).click();
	await expect(page.getByRole('alert')).toContainText('Ein Code hat 6 Zeichen');
	await expect(page.getByLabel('Code')).toHaveValue('AB1');
	await expectAccessible(page, 'join form with an error');

	// Two workshops; a token of one is refused by the other.
	const first = await browser.newContext(LAPTOP);
	const presenter = await first.newPage();
	const { slug } = await campaignWithDashboard(presenter, '', 'Erste');
	const one = await startWorkshop(presenter);
	const second = await browser.newContext(LAPTOP);
	const otherPresenter = await second.newPage();
	await campaignWithDashboard(otherPresenter, '', 'Zweite');
	const two = await startWorkshop(otherPresenter);

	const p = await phone(browser);
	await p.page.goto(`/live/${one.code}`);
	const token = p.page.url().split('/').pop() as string;
	response = await p.page.goto(`/live/${two.code}/${token}`);
	expect(response?.status()).toBe(403);
	await expect(
		p.page.getByRole('heading', { name: 'Dieser Link gilt nicht für diesen Workshop' })
	).toBeVisible();
	await otherPresenter.getByRole('button', { name: 'Frage zeigen' }).click();
	const answer = await p.page.request.post(`/live/${two.code}/${token}?/answer`, {
		form: { question: '0', round: '1', answer: 'ja' },
		headers: { origin: new URL(p.page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(answer.status()).toBe(403);
	await expect(otherPresenter.getByText('0 von 0 haben geantwortet')).toBeVisible();

	// Presenter pages and steps without the dashboard session: the dashboard's 404.
	const stranger = await browser.newContext(LAPTOP);
	const strangerPage = await stranger.newPage();
	response = await strangerPage.goto(one.presenterUrl);
	expect(response?.status()).toBe(404);
	await expect(
		strangerPage.getByRole('heading', { name: 'Öffne deine Auswertung mit dem privaten Link' })
	).toBeVisible();
	for (const action of ['show', 'end']) {
		const step = await strangerPage.request.post(`${one.presenterUrl}?/${action}`, {
			form: { version: '1' },
			headers: { origin: new URL(one.presenterUrl).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(step.status(), action).toBe(404);
	}
	const start = await strangerPage.request.post(`/c/${slug}/live?/start`, {
		form: {},
		headers: { origin: new URL(one.presenterUrl).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(start.status()).toBe(404);
	// Another campaign's session under this campaign's dashboard: also 404.
	response = await presenter.goto(two.presenterUrl.replace(/\/c\/[^/]+\//, `/c/${slug}/`));
	expect(response?.status()).toBe(404);
	// Nothing moved.
	await presenter.goto(one.presenterUrl);
	await expect(presenter.getByRole('button', { name: 'Frage zeigen' })).toBeVisible();

	// A step sent twice (a second tab, a double click): the workshop moves once.
	await presenter.getByRole('button', { name: 'Frage zeigen' }).click();
	await presenter.getByRole('button', { name: 'Aufdecken' }).click();
	await expect(presenter.getByRole('heading', { name: /^Der Artikel sagt:/ })).toBeVisible();
	const seen = await presenter.locator('input[name="version"]').inputValue();
	for (let i = 0; i < 2; i++) {
		const next = await presenter.request.post(`${one.presenterUrl}?/next`, {
			form: { version: seen },
			headers: { origin: new URL(one.presenterUrl).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(next.status()).toBe(303);
	}
	await expect(presenter.getByText('Frage 2 von 8')).toBeVisible();
	await presenter.reload();
	await expect(presenter.getByText('Frage 2 von 8')).toBeVisible();
	await expect(presenter.getByRole('button', { name: 'Aufdecken' })).toBeVisible();

	for (const context of [first, second, p.context, stranger]) await context.close();
});

test('the dashboard leads back to a running workshop, and the workshop works in English', async ({
	browser
}) => {
	const context = await browser.newContext(LAPTOP);
	const presenter = await context.newPage();
	const { slug } = await campaignWithDashboard(presenter, '', 'Zurück');
	const { presenterUrl, code } = await startWorkshop(presenter);
	await presenter.goto(`/c/${slug}/auswertung`);
	await presenter.getByRole('button', { name: 'Workshop starten' }).click();
	await expect(presenter).toHaveURL(presenterUrl);
	await presenter.goto(`/c/${slug}/live`);
	await expect(presenter.getByText(`Läuft gerade (Code ${code})`)).toBeVisible();

	const en = await phone(browser);
	await en.page.goto('/en/live');
	await en.page.getByLabel('Code').fill(code);
	await en.page.getByRole('button', { name: 'Join' }).click();
	await expect(en.page).toHaveURL(new RegExp(`/en/live/${code}/`));
	await expect(en.page.getByRole('heading', { name: 'You are in' })).toBeVisible();
	await presenter.goto(presenterUrl);
	await presenter.getByRole('button', { name: 'Frage zeigen' }).click();
	await expect(
		en.page.getByRole('group', { name: 'Social media, are you an advertising space?' })
	).toBeVisible();
	await en.page.getByRole('radio', { name: 'Partly', exact: true }).check();
	await en.page.getByRole('button', { name: 'Send answer' }).click();
	await expect(en.page.getByText('Your answer: Partly')).toBeVisible();
	await context.close();
	await en.context.close();
});

test('the presenter’s buttons work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext(LAPTOP);
	const page = await context.newPage();
	await campaignWithDashboard(page, '', 'Ohne Skript');
	const { presenterUrl } = await startWorkshop(page);
	const noScript = await browser.newContext({
		...LAPTOP,
		javaScriptEnabled: false,
		storageState: await context.storageState()
	});
	const presenter = await noScript.newPage();
	// "Workshop starten" on the dashboard leads back to the running workshop, also without JavaScript.
	await presenter.goto(new URL('auswertung', presenterUrl.replace(/live\/[^/]+$/, '')).href);
	await presenter.getByRole('button', { name: 'Workshop starten' }).click();
	await expect(presenter).toHaveURL(presenterUrl);
	await presenter.getByRole('button', { name: 'Frage zeigen' }).click();
	await expect(presenter.getByText('0 von 0 haben geantwortet')).toBeVisible();
	await presenter.getByRole('button', { name: 'Aufdecken' }).click();
	await expect(presenter.getByRole('heading', { name: 'Der Artikel sagt: Nein.' })).toBeVisible();
	await expect(presenter).toHaveURL(presenterUrl);
	await context.close();
	await noScript.close();
});
