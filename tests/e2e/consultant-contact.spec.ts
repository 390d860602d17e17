import { expect, test } from './fixtures';
import { createCampaign } from './campaign-helpers';
import { AUTHOR, takeQuiz } from './helpers';

test('the campaign results page leads back to the consultant: on screen, after sharing, in print', async ({
	page,
	browser
}) => {
	const { publicUrl } = await createCampaign(page, 'Anna Beispiel', {
		organisation: 'Beispiel Kommunikation GmbH',
		contact: 'hallo@anna-beispiel.de'
	});
	const context = await browser.newContext();
	const client = await context.newPage();
	await client.goto(publicUrl);
	await client.getByRole('link', { name: 'Quiz starten' }).click();
	await takeQuiz(client, AUTHOR);
	await expect(client).toHaveURL(/\/c\/[^/]+\/ergebnis\//);

	const contact = client.getByRole('link', {
		name: 'Sprich mit Anna Beispiel über dein Ergebnis'
	});
	await expect(contact.first()).toBeVisible();
	await expect(contact.first()).toHaveAttribute('href', 'mailto:hallo@anna-beispiel.de');

	// After sharing, the thank-you leads there too.
	await client.getByRole('button', { name: 'Ergebnis teilen' }).click();
	const thanks = client.getByRole('status').filter({ hasText: /sieht dein Ergebnis jetzt/ });
	await expect(thanks).toBeVisible();
	await expect(
		thanks.getByRole('link', { name: 'Sprich mit Anna Beispiel über dein Ergebnis' })
	).toHaveAttribute('href', 'mailto:hallo@anna-beispiel.de');

	// On paper the address is written out after the link (which still works in a PDF).
	await client.emulateMedia({ media: 'print' });
	await expect(
		client
			.getByRole('complementary', { name: 'Anna Beispiel' })
			.getByText('Sprich mit Anna Beispiel über dein Ergebnis: hallo@anna-beispiel.de')
			.first()
	).toBeVisible();
	await expect(contact.first()).toBeVisible();
	expect((await client.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
	await context.close();
});
