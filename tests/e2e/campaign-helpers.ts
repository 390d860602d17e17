import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';
import { AUTHOR, takeQuiz } from './helpers';

/** Creates a campaign through /berater; returns its public and dashboard links. */
export async function createCampaign(
	page: Page,
	name: string,
	extra: Record<string, string> = {},
	base = ''
) {
	await page.goto(`${base}/berater`);
	await page.getByLabel('Dein Name').fill(name);
	if (extra.organisation)
		await page.getByLabel(/^Firma oder Organisation/).fill(extra.organisation);
	if (extra.welcome) await page.getByLabel(/^Begrüßung/).fill(extra.welcome);
	if (extra.contact) await page.getByLabel(/^Kontakt-Link/).fill(extra.contact);
	if (extra.accent)
		await page.getByRole('textbox', { name: /^Akzentfarbe\s+\(optional/ }).fill(extra.accent);
	await page.getByRole('button', { name: 'Kampagne erstellen' }).click();
	await expect(page.getByRole('heading', { name: 'Deine Kampagne ist bereit' })).toBeVisible();
	const publicUrl = await page.getByRole('textbox', { name: 'Link für deine Kunden' }).inputValue();
	const dashboardUrl = await page
		.getByRole('textbox', { name: 'Deine private Auswertung' })
		.inputValue();
	return { publicUrl, dashboardUrl, slug: new URL(publicUrl).pathname.split('/')[2] as string };
}

/** A client takes the quiz through the campaign link in a browser of their own and shares. */
export async function shareAsClient(
	browser: Browser,
	publicUrl: string,
	alias: string,
	choices = AUTHOR
) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(publicUrl);
	await page.getByRole('link', { name: 'Quiz starten' }).click();
	await takeQuiz(page, choices);
	await expect(page).toHaveURL(/\/c\/[^/]+\/ergebnis\//);
	if (alias) await page.getByLabel('Name oder Kürzel').fill(alias);
	await page.getByRole('button', { name: 'Ergebnis teilen' }).click();
	await expect(page.getByText(/sieht dein Ergebnis jetzt in der Auswertung/)).toBeVisible();
	return { page, context };
}

/**
 * A share sent the way the results page's form sends it, without a browser: for tests that need
 * several shares and are not about sharing.
 */
export async function shareByPost(origin: string, slug: string, code: string, alias = '') {
	const token = `e2e-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
	const response = await fetch(`${origin}/c/${slug}/ergebnis/${code}?/share`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ token, alias })
	});
	expect(response.status).toBe(303);
}

/** Share codes of the shipped quiz: the author's answers, all Ja, all Jein, all Nein, a mix. */
export const CODES = {
	author: 'smBAOPEb',
	allJa: 'smBBmgH9',
	allJein: 'smBAzQHa',
	allNein: 'smBAAAB7',
	mixed: 'smBBTJEU'
};
