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

/**
 * Answers questions through the UI (German labels), as many as given, starting at question
 * `first`; waits for each question before answering it.
 */
export async function takeQuiz(page: Page, choices: readonly Choice[], first = 1, total = 8) {
	for (const [i, choice] of choices.entries()) {
		const step = first + i;
		await expect(page.getByText(`Frage ${step} von ${total}`, { exact: true })).toBeVisible();
		await page.getByRole('radio', { name: choice, exact: true }).check();
		const last = step === total;
		await page.getByRole('button', { name: last ? 'Auswerten' : 'Weiter' }).click();
	}
}

export const AUTHOR: Choice[] = ['Nein', 'Jein', 'Nein', 'Ja', 'Nein', 'Ja', 'Nein', 'Ja'];
export const all = (c: Choice): Choice[] => Array(8).fill(c);
