import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

test('the landing page explains the test and starts the quiz', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Social Media Check/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText('8 Fragen · etwa 2 Minuten')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Für Berater' }).first()).toHaveAttribute(
		'href',
		'/berater'
	);
	await expect(page.getByRole('link', { name: 'Impressum' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Datenschutz' })).toBeVisible();
	await page.getByRole('link', { name: 'Quiz starten' }).click();
	await expect(page).toHaveURL(/\/quiz\/1$/);
	await expect(
		page.getByRole('group', { name: 'Social Media, bist du eine Werbefläche?' })
	).toBeVisible();
});

test('the English landing page', async ({ page }) => {
	await page.goto('/en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: 'Start the quiz' }).click();
	await expect(page).toHaveURL(/\/en\/quiz\/1$/);
	await expect(
		page.getByRole('group', { name: 'Social media, are you an advertising space?' })
	).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`landing and question pages pass axe-core (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await expectNoAxeViolations(page);
		await page.goto('/quiz/3?a=np');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Weiter' }).click();
		await expect(page.getByText('Bitte wähle eine Antwort.')).toBeVisible();
		await expectNoAxeViolations(page);
	});
}
