import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { AXE_TAGS, type Choice } from './helpers';

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
export const LAPTOP = { viewport: { width: 1280, height: 900 } };
export const PROJECTOR = { viewport: { width: 1920, height: 1080 } };

/** Creates a campaign on `base` and opens its dashboard in `page`; returns its slug. */
export async function campaignWithDashboard(page: Page, base: string, name: string) {
	await page.goto(`${base}/berater`);
	await page.getByLabel('Dein Name', { exact: true }).fill(name);
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	await page.goto(dashboardUrl.replace(/^https?:\/\/[^/]+/, base));
	await expect(page.getByRole('heading', { name: 'Auswertung', level: 1 })).toBeVisible();
	return { slug: new URL(dashboardUrl).pathname.split('/')[2] as string, dashboardUrl };
}

/** "Workshop starten" on the dashboard; returns the presenter's URL and the join code. */
export async function startWorkshop(page: Page) {
	await page.getByRole('button', { name: 'Workshop starten' }).click();
	await expect(page).toHaveURL(/\/c\/[^/]+\/live\/[A-Za-z0-9_-]{22}$/);
	await expect(page.getByRole('heading', { name: 'Workshop', level: 1 })).toBeVisible();
	const projectorHref = await page
		.getByRole('link', { name: 'Beamer-Ansicht öffnen' })
		.getAttribute('href');
	const code = /\/live\/([A-Z0-9]{6})\/beamer/.exec(projectorHref ?? '')?.[1] as string;
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	return { presenterUrl: page.url(), code };
}

/** A participant's phone in a browser of its own (no shared cookies or storage). */
export async function phone(browser: Browser, { javaScript = true } = {}) {
	const context = await browser.newContext({ ...PHONE, javaScriptEnabled: javaScript });
	return { context, page: await context.newPage() };
}

/** Answers the question on the phone; without JavaScript the page is loaded fresh first. */
export async function vote(page: Page, choice: Choice, { reload = false } = {}) {
	if (reload) await page.getByRole('button', { name: 'Aktualisieren' }).click();
	await page.getByRole('radio', { name: choice, exact: true }).check();
	await page.getByRole('button', { name: 'Antwort senden' }).click();
	await expect(page.getByText(`Deine Antwort: ${choice}`, { exact: true })).toBeVisible();
}

/** Axe in light and dark. */
export async function expectAccessible(page: Page, label: string) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
			`${label} (${colorScheme})`
		).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

/** The row of one answer in a revealed distribution, e.g. "Jein". */
export function answerRow(page: Page, answer: Choice) {
	return page.getByRole('row', { name: new RegExp(`^${answer}\\b`) });
}
