// Page weight in Chromium: requests, bytes transferred and decoded by type, own origin only.
import { chromium, devices } from '@playwright/test';
import { chromiumArgs } from '../chromium-path.js';
import { createCampaign, dashboardCookie, share } from './app.js';
import { log } from './log.js';
import { fmtKB, targetCells } from './report.js';
import { KB, TARGETS } from './settings.js';

export const key = 'pageWeight';

const TYPE_GROUPS = ['document', 'script', 'stylesheet', 'image', 'other'];

/**
 * Weighs the landing, question and results pages and a small campaign's dashboard, each in a
 * fresh browser context with a phone's viewport.
 * @param {import('./part.js').Bench} bench
 * @returns {Promise<import('./part.js').PartResult>}
 */
export async function run(bench) {
	const cookie = await smallDashboard(bench);
	log('Page weight in Chromium');
	const browser = await chromium.launch({
		executablePath: bench.executablePath,
		args: chromiumArgs,
		handleSIGINT: false
	});
	const close = bench.cleanup.add(() => browser.close());
	const chromiumVersion = browser.version();
	const weigh = (path, options) => measurePage(browser, bench.server.base, path, options);
	let weight;
	try {
		weight = {
			landing: await weigh(bench.pages.landing),
			question: await weigh(bench.pages.question),
			results: await weigh(bench.pages.results, { waitForChart: true }),
			// The dashboard draws its bars on the server: there is no chart to wait for.
			dashboard: await weigh(cookie.path, { cookie })
		};
	} finally {
		await close();
	}
	weight.dashboard.path = `/c/<slug>/auswertung (${bench.settings.smallShares} shares)`;
	const targets = targetsFor(weight);
	const table = tableFor(weight, targets, bench.settings, chromiumVersion);
	for (const w of Object.values(weight)) {
		w.list = w.list.map(({ url, ...rest }) => ({
			url: url.replace(bench.server.base, ''),
			...rest
		}));
	}
	return {
		figures: weight,
		targets,
		machine: { chromium: chromiumVersion, chromiumPath: bench.executablePath },
		tables: [table]
	};
}

function targetsFor(weight) {
	const ownOriginWithin = (w, bytes) => w.transferred <= bytes && w.ownOriginOnly;
	return {
		landingWeight: {
			target: `≤ ${TARGETS.landingBytes / KB} KB, own origin only`,
			met: ownOriginWithin(weight.landing, TARGETS.landingBytes)
		},
		questionWeight: {
			target: `≤ ${TARGETS.questionBytes / KB} KB, own origin only`,
			met: ownOriginWithin(weight.question, TARGETS.questionBytes)
		},
		resultsWeight: {
			target: `≤ ${TARGETS.resultsBytes / KB} KB with chart`,
			met: weight.results.transferred <= TARGETS.resultsBytes && weight.results.chartDrawn === true
		}
	};
}

/** @returns {import('./report.js').TableSection} */
function tableFor(weight, targets, settings, chromiumVersion) {
	const row = (name, w, target) => [
		name,
		String(w.requests),
		fmtKB(w.transferred),
		fmtKB(w.decoded),
		fmtKB(w.headers),
		...TYPE_GROUPS.map((g) => fmtKB(w.byType[g].transferred)),
		w.ownOriginOnly ? 'yes' : 'NO',
		...targetCells(target)
	];
	return {
		title: `Page weight – Chromium ${chromiumVersion}, Pixel 7 viewport, fresh context, KB = 1,000 bytes`,
		header: [
			'page',
			'requests',
			'KB sent',
			'KB decoded',
			'of it hdrs',
			'document',
			'script',
			'css',
			'image',
			'other',
			'own origin',
			'target',
			'status'
		],
		rows: [
			row('landing', weight.landing, targets.landingWeight),
			row('question', weight.question, targets.questionWeight),
			row('results', weight.results, targets.resultsWeight),
			row(`dashboard (${settings.smallShares} shares)`, weight.dashboard, undefined)
		]
	};
}

/** A campaign with a few shares sent through the results page; its dashboard path and cookie. */
async function smallDashboard({ server, settings, resultCode }) {
	const campaign = await createCampaign(server.base, 'Bench Campaign');
	for (let i = 0; i < settings.smallShares; i++) {
		await share(server.base, campaign.slug, resultCode, `Bench ${i + 1}`);
	}
	const cookie = await dashboardCookie(server.base, campaign);
	return { ...cookie, path: `/c/${campaign.slug}/auswertung` };
}

/**
 * Loads `path` in a fresh context and adds up every request it made, by type.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base
 * @param {string} path
 * @param {{ cookie?: { name: string, value: string }, waitForChart?: boolean }} options
 */
async function measurePage(browser, base, path, { cookie, waitForChart = false } = {}) {
	const device = { ...devices['Pixel 7'] };
	delete device.defaultBrowserType;
	const context = await browser.newContext(device);
	try {
		if (cookie) await context.addCookies([{ name: cookie.name, value: cookie.value, url: base }]);
		const page = await context.newPage();
		const pending = [];
		page.on('requestfinished', (request) => pending.push(requestFigures(request)));
		const failed = [];
		page.on('requestfailed', (request) =>
			failed.push({ url: request.url(), error: request.failure()?.errorText })
		);
		const response = await page.goto(base + path, { waitUntil: 'load' });
		if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
		if (waitForChart) {
			// The chart loads when it comes near the viewport, as a reader scrolls to it.
			const canvas = page.locator('canvas').first();
			await canvas.waitFor({ state: 'visible', timeout: 15_000 });
			await canvas.scrollIntoViewIfNeeded();
		}
		await page.waitForLoadState('networkidle');
		if (waitForChart) {
			await page.waitForTimeout(1000);
			await page.waitForLoadState('networkidle');
		}
		const chartDrawn = waitForChart ? await page.evaluate(canvasHasPixels) : undefined;
		const requests = await Promise.all(pending);
		return {
			path,
			status: response.status(),
			...sumRequests(requests, failed, new URL(base).origin),
			chartDrawn,
			list: requests
		};
	} finally {
		await context.close();
	}
}

/** Sizes of one finished request: transferred (headers and body as sent) and decoded. */
async function requestFigures(request) {
	const sizes = await request.sizes();
	const response = await request.response();
	let decoded = 0;
	try {
		decoded = response ? (await response.body()).length : 0;
	} catch {
		decoded = sizes.responseBodySize; // redirects have no body to read
	}
	return {
		url: request.url(),
		type: request.resourceType(),
		status: response?.status() ?? 0,
		transferred: sizes.responseBodySize + sizes.responseHeadersSize,
		headers: sizes.responseHeadersSize,
		decoded
	};
}

/** Totals and totals by type; requests to another origin than `origin` are listed as foreign. */
function sumRequests(requests, failed, origin) {
	const byType = Object.fromEntries(
		TYPE_GROUPS.map((t) => [t, { requests: 0, transferred: 0, decoded: 0 }])
	);
	let transferred = 0;
	let decoded = 0;
	let headers = 0;
	for (const r of requests) {
		const group = byType[TYPE_GROUPS.includes(r.type) ? r.type : 'other'];
		group.requests++;
		group.transferred += r.transferred;
		group.decoded += r.decoded;
		transferred += r.transferred;
		decoded += r.decoded;
		headers += r.headers;
	}
	const foreign = [...requests, ...failed]
		.map((r) => r.url)
		.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
	return {
		requests: requests.length + failed.length,
		transferred,
		decoded,
		headers,
		byType,
		ownOriginOnly: foreign.length === 0,
		foreign,
		failed
	};
}

/** Drawn means the lazily loaded chart.js chunk arrived and ran: the canvas has pixels. */
function canvasHasPixels() {
	const canvas = document.querySelector('canvas');
	const ctx = canvas?.getContext('2d');
	if (!canvas || !ctx || !canvas.width || !canvas.height) return false;
	const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
	for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
	return false;
}
