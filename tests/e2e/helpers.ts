import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page and expects no violations. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)
	).toEqual([]);
}

export type Choice = 'Ja' | 'Jein' | 'Nein';

/** Answers questions from the first on through the UI (German labels), as many as given. */
export async function takeQuiz(page: Page, choices: readonly Choice[], total = 8) {
	for (const [i, choice] of choices.entries()) {
		await expect(page.getByText(`Frage ${i + 1} von ${total}`, { exact: true })).toBeVisible();
		await page.getByRole('radio', { name: choice, exact: true }).check();
		const last = i === total - 1;
		await page.getByRole('button', { name: last ? 'Auswerten' : 'Weiter' }).click();
	}
}

export const AUTHOR: Choice[] = ['Nein', 'Jein', 'Nein', 'Ja', 'Nein', 'Ja', 'Nein', 'Ja'];
export const all = (c: Choice): Choice[] => Array(8).fill(c);
