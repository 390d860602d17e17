import { expect, test } from './fixtures';

function expectSecurityHeaders(headers: Record<string, string>) {
	// A policy on everything, static files too (an SVG opened directly is a document).
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['x-frame-options']).toBe('DENY');
}

test('security headers on a page, an error page, a redirect and a static file', async ({
	request
}) => {
	const page = await request.get('/quiz/1');
	expectSecurityHeaders(page.headers());
	const csp = page.headers()['content-security-policy'] ?? '';
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toMatch(/script-src 'self'[^;]*/);
	expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');

	const error = await request.get('/ergebnis/broken');
	expect(error.status()).toBe(400);
	expectSecurityHeaders(error.headers());
	expect(error.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

	const redirect = await request.get('/quiz', { maxRedirects: 0 });
	expect(redirect.status()).toBe(303);
	expectSecurityHeaders(redirect.headers());

	const file = await request.get('/favicon.svg');
	expect(file.status()).toBe(200);
	expectSecurityHeaders(file.headers());
	// Nothing in a static file may run or load anything.
	expect(file.headers()['content-security-policy']).toContain("default-src 'none'");
	expect(file.headers()['content-security-policy']).not.toMatch(/script-src/);

	const missing = await request.get('/does-not-exist');
	expect(missing.status()).toBe(404);
	expectSecurityHeaders(missing.headers());
});

test('build scripts carry only the headers that apply to them, and no validators', async ({
	page,
	request
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/_app/immutable/')) scripts.push(r.url());
	});
	await page.goto('/quiz/1');
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	const headers = (await request.get(scripts[0] as string)).headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['cache-control']).toContain('immutable');
	// Document policies mean nothing for a script; cached for a year, it is never revalidated.
	for (const name of ['content-security-policy', 'x-frame-options', 'etag', 'last-modified']) {
		expect(headers[name], name).toBeUndefined();
	}
	// A page lists its modules in <head>; Kit's Link header repeating them is dropped, and so is
	// an ETag, which a page with a fresh nonce each time never matches.
	const pageHeaders = (await request.get('/quiz/1')).headers();
	expect(pageHeaders['link']).toBeUndefined();
	expect(pageHeaders['etag']).toBeUndefined();
});

test('every answer carries a request id, also static files and errors', async ({ request }) => {
	const ids = new Set<string>();
	for (const path of ['/', '/favicon.svg', '/does-not-exist', '/healthz']) {
		const id = (await request.get(path)).headers()['x-request-id'];
		expect(id, path).toMatch(/^[0-9a-f]{12}$/);
		ids.add(id as string);
	}
	expect(ids.size).toBe(4);
});

test('text is served compressed', async ({ request }) => {
	for (const path of ['/', '/quiz/1']) {
		const response = await request.get(path, { headers: { 'accept-encoding': 'gzip, br' } });
		expect(response.headers()['content-encoding'], path).toMatch(/gzip|br/);
	}
});

test('a page in a cross-origin frame is refused', async ({ page, baseURL }) => {
	// Another origin on this machine (127.0.0.1 instead of localhost) frames the app, and, as a
	// control, a page without our headers.
	const other = (baseURL as string).replace('localhost', '127.0.0.1');
	await page.route(`${other}/frame-test`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<iframe src="${baseURL}/" title="app"></iframe><iframe src="${other}/plain" title="control"></iframe>`
		})
	);
	await page.route(`${other}/plain`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<p>ok</p>' })
	);
	await page.goto(`${other}/frame-test`);
	await expect.poll(() => page.frames().map((f) => f.url())).toContain(`${other}/plain`);
	const urls = page.frames().map((f) => f.url());
	expect(urls).not.toContain(`${baseURL}/`);
	expect(urls).toContain('chrome-error://chromewebdata/');
});

test('legal pages: Impressum and privacy, linked from every page, in both languages', async ({
	page
}) => {
	await page.goto('/quiz/2?a=y');
	await page.getByRole('link', { name: 'Impressum' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Anbieter (Angaben nach § 5 DDG)' })
	).toBeVisible();
	await page.getByRole('link', { name: 'Datenschutz' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Datenschutz' })).toBeVisible();
	await expect(page.getByText('Wer das Quiz macht, bekommt keine Cookies')).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Wie ein geteiltes Ergebnis gelöscht wird' })
	).toBeVisible();
	await page.goto('/en/datenschutz');
	await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
	await page.goto('/en/impressum');
	await expect(page.getByRole('heading', { level: 1, name: 'Legal notice' })).toBeVisible();
});
