import { expect, test } from './fixtures';
import { AUTHOR, takeQuiz } from './helpers';

test.describe('with JavaScript', () => {
	test('the whole quiz, going back and changing an answer', async ({ page }) => {
		await page.goto('/quiz/1');
		await takeQuiz(page, AUTHOR.slice(0, 3));
		// takeQuiz pressed "Weiter" three times: now on question 4.
		await expect(page).toHaveURL(/\/quiz\/4\?a=npn$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

		await page.getByRole('link', { name: 'Zurück' }).click();
		await expect(page).toHaveURL(/\/quiz\/3\?a=npn$/);
		await expect(page.getByRole('radio', { name: 'Nein' })).toBeChecked();
		await page.getByRole('radio', { name: 'Jein' }).check();
		await page.getByRole('button', { name: 'Weiter' }).click();
		await expect(page).toHaveURL(/\/quiz\/4\?a=npp$/);

		// The browser's back button returns to the previous step with its answer.
		await page.goBack();
		await expect(page).toHaveURL(/\/quiz\/3\?a=npn$/);
		await page.goForward();
		await expect(page.getByText('Frage 4 von 8', { exact: true })).toBeVisible();

		await takeQuiz(page, AUTHOR.slice(3), 4);
		await expect(page).toHaveURL(/\/ergebnis\/[A-Za-z0-9_-]{4,16}$/);
	});

	test('reload in the middle resumes exactly there', async ({ page }) => {
		await page.goto('/quiz/1');
		await takeQuiz(page, ['Ja', 'Nein']);
		await expect(page).toHaveURL(/\/quiz\/3\?a=yn$/);
		await page.reload();
		await expect(page.getByText('Frage 3 von 8', { exact: true })).toBeVisible();
		await page.getByRole('link', { name: 'Zurück' }).click();
		await expect(page.getByRole('radio', { name: 'Nein' })).toBeChecked();
	});

	test('"Weiter" without a choice shows the inline error and focuses the group', async ({
		page
	}) => {
		await page.goto('/quiz/1');
		await page.getByRole('button', { name: 'Weiter' }).click();
		await expect(page.getByRole('alert')).toHaveText('Bitte wähle eine Antwort.');
		const group = page.getByRole('group', { name: 'Social Media, bist du eine Werbefläche?' });
		await expect(group).toHaveAccessibleDescription('Bitte wähle eine Antwort.');
		await expect(page.getByRole('radio', { name: 'Ja' })).toBeFocused();
		await expect(page).toHaveURL(/\/quiz\/1/);
	});

	test('the keyboard alone: arrows choose, Enter continues', async ({ page }) => {
		await page.goto('/quiz/1');
		await page.getByRole('radio', { name: 'Ja' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'Jein' })).toBeChecked();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/quiz\/2\?a=p$/);
	});

	test('the English quiz, and the language switch keeps place and answers', async ({ page }) => {
		await page.goto('/en/quiz/1');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('radio', { name: 'Partly' }).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page).toHaveURL(/\/en\/quiz\/2\?a=p$/);
		await expect(page.getByText('Question 2 of 8', { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Back' })).toBeVisible();
		await page.getByRole('link', { name: /Deutsch/ }).click();
		await expect(page).toHaveURL(/\/quiz\/2\?a=p$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(
			page.getByRole('group', { name: 'Social Media, bist du ein Traffic-Lieferant?' })
		).toBeVisible();
		await page.getByRole('link', { name: 'Zurück' }).click();
		await expect(page.getByRole('radio', { name: 'Jein' })).toBeChecked();
		for (let i = 1; i < 8; i++) {
			await expect(page.getByText(`Frage ${i} von 8`, { exact: true })).toBeVisible();
			await page.getByRole('radio', { name: 'Ja', exact: true }).check();
			await page.getByRole('button', { name: 'Weiter' }).click();
		}
		await expect(page).toHaveURL(/\/quiz\/8\?a=yyyyyyy$/);
		await page.goto('/en/quiz/8?a=yyyyyyy');
		await page.getByRole('radio', { name: 'Yes' }).check();
		await page.getByRole('button', { name: 'Evaluate' }).click();
		await expect(page).toHaveURL(/\/en\/ergebnis\//);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole quiz with plain forms', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Quiz starten' }).click();
		await page.getByRole('button', { name: 'Weiter' }).click();
		await expect(page.getByText('Bitte wähle eine Antwort.')).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Ja' })).toBeFocused();
		await takeQuiz(page, AUTHOR.slice(0, 2));
		await page.getByRole('link', { name: 'Zurück' }).click();
		await expect(page.getByRole('radio', { name: 'Jein' })).toBeChecked();
		await page.getByRole('button', { name: 'Weiter' }).click();
		await takeQuiz(page, AUTHOR.slice(2), 3);
		await expect(page).toHaveURL(/\/ergebnis\/[A-Za-z0-9_-]{4,16}$/);
	});
});

test.describe('broken quiz URLs lead back to the last valid step', () => {
	for (const [url, expected] of [
		['/quiz/7?a=yy', /\/quiz\/3\?a=yy$/],
		['/quiz/2?a=yyXyy', /\/quiz\/2\?a=yy$/],
		['/quiz/3?a=yyyyyyyyyyyyyyy', /\/quiz\/3\?a=yyyyyyyy$/],
		['/quiz/abc?a=y', /\/quiz\/2\?a=y$/],
		['/quiz/0', /\/quiz\/1$/],
		['/quiz/99999999999', /\/quiz\/1$/],
		['/quiz', /\/quiz\/1$/],
		['/en/quiz/9?a=%00%ff', /\/en\/quiz\/1$/]
	] as const) {
		test(url, async ({ page }) => {
			const response = await page.goto(url);
			expect(response?.status()).toBe(200);
			await expect(page).toHaveURL(expected);
			await expect(page.getByRole('group')).toBeVisible();
		});
	}
});

test('a question page makes no request to any other origin', async ({ page, baseURL }) => {
	const origins = new Set<string>();
	page.on('request', (request) => {
		origins.add(new URL(request.url()).origin);
	});
	await page.goto('/quiz/2?a=y');
	await page.getByRole('radio', { name: 'Ja' }).check();
	await page.getByRole('button', { name: 'Weiter' }).click();
	await expect(page.getByText('Frage 3 von 8', { exact: true })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect([...origins]).toEqual([new URL(baseURL as string).origin]);
});
