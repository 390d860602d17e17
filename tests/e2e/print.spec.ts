import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The printed result (and "Als PDF speichern") fits A4 from any device: at most three portrait
 * pages from a phone-width and a desktop-width window, nothing cut off, and the way back to the
 * result on paper. Printed with Chromium's own PDF output, as a browser's "Save as PDF" does.
 */

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

/** Creates a campaign with a long name and a long contact link; returns its public path. */
async function createCampaign(request: APIRequestContext, baseURL: string) {
	const response = await request.post('/berater?/create', {
		headers: { origin: baseURL },
		form: {
			name: 'Dr. Annette Beispiel-Langname, Social-Media-Beratung für den Mittelstand',
			welcome: '',
			contactUrl: 'https://www.example.org/kontakt/termin-vereinbaren?quelle=social-media-check',
			accent: ''
		}
	});
	const slug = (await response.text()).match(/\/c\/([a-z0-9-]+)/)?.[1];
	expect(slug, 'campaign created').toBeTruthy();
	return `/c/${slug}`;
}

// The longest results: every answer differs or earns partial credit (all Ja: 50 %, all Jein).
const results = [
	['all Ja, German', '/ergebnis/smBBmgH9'],
	['all Jein, English', '/en/ergebnis/smBAzQHa'],
	['a mixed result', '/ergebnis/smBBmeHx'],
	['the article’s answers', '/ergebnis/smBAOPEb']
] as const;

async function printedPages(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	return pageCount(await page.pdf({ format: 'A4' }));
}

for (const [width, device] of [
	[390, 'a phone'],
	[1280, 'a desktop']
] as const) {
	test.describe(`printed from ${device} (${width} px)`, () => {
		test.use({ viewport: { width, height: 900 } });

		for (const [name, path] of results) {
			test(`${name} fits on at most 3 A4 pages`, async ({ page }) => {
				const pages = await printedPages(page, path);
				expect(pages).toBeGreaterThanOrEqual(1);
				expect(pages).toBeLessThanOrEqual(3);
			});
		}

		test('a campaign result fits on at most 3 A4 pages with the consultant’s name and contact', async ({
			page,
			request,
			baseURL
		}) => {
			const campaign = await createCampaign(request, baseURL as string);
			expect(await printedPages(page, `${campaign}/ergebnis/smBBmgH9`)).toBeLessThanOrEqual(3);
			await page.emulateMedia({ media: 'print' });
			const contact = page.getByRole('link', {
				name: /Sprich mit Dr\. Annette Beispiel-Langname/
			});
			await expect(contact).toBeVisible();
			await expect(contact).toHaveAttribute(
				'href',
				'https://www.example.org/kontakt/termin-vereinbaren?quelle=social-media-check'
			);
			// On paper a link is text: the address itself is printed.
			await expect(
				page.getByText('https://www.example.org/kontakt/termin-vereinbaren')
			).toBeVisible();
			await expect(
				page.getByText(new RegExp(`Dein Ergebnis online: http.*${campaign}/ergebnis/`))
			).toBeVisible();
		});
	});
}

test.describe('print media at the width of an A4 page (794 px)', () => {
	// A browser prints the page it laid out for the screen without resize events: sizes that
	// scripts set for the window (a chart's canvas, for one) stay. Without ResizeObserver here, the
	// page opened in a wide window and then switched to print media at 794 px behaves the same.
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			window.ResizeObserver = class {
				observe() {}
				unobserve() {}
				disconnect() {}
			};
		});
	});

	for (const [width, device] of [
		[390, 'a phone'],
		[1280, 'a desktop']
	] as const) {
		for (const [name, path] of [
			...results,
			['the English mixed result', '/en/ergebnis/smBBmeHx']
		] as const) {
			test(`${name}, opened on ${device}: nothing wider than the page`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(path);
				const canvas = page.locator('canvas');
				await canvas.scrollIntoViewIfNeeded();
				await expect
					.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width))
					.toBeGreaterThan(300);
				await page.emulateMedia({ media: 'print' });
				await page.setViewportSize({ width: 794, height: 1123 });
				const overflow = await page.evaluate(() => {
					const root = document.documentElement;
					const wide = [...document.querySelectorAll('body *')]
						.filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)
						.map((e) => e.tagName.toLowerCase() + (e.className ? `.${e.className}` : ''));
					return { scroll: root.scrollWidth, client: root.clientWidth, wide };
				});
				expect(overflow.wide).toEqual([]);
				expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
			});
		}
	}
});
