// Share previews (Open Graph, 1200 × 630 PNG) for every band and language, and for the landing
// page per language, drawn by the Chromium that the tests use:
//   node scripts/og-images.js        → static/og/result-<band>-<locale>.png, landing-<locale>.png
// Run it again after changing band names, ranges or the texts it uses (messages/*.json); a unit
// test checks that an image exists for every band and language.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

const root = new URL('..', import.meta.url);
const out = new URL('static/og/', root);
mkdirSync(out, { recursive: true });

/** The shipped quiz, read from its TypeScript source (a plain object, no imports). */
async function loadQuiz() {
	const source = readFileSync(new URL('src/lib/content/social-media.ts', root), 'utf8');
	const js = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
	}).outputText;
	const module = await import(`data:text/javascript,${encodeURIComponent(js)}`);
	return module.socialMediaQuiz;
}

const messages = (locale) =>
	JSON.parse(readFileSync(new URL(`messages/${locale}.json`, root), 'utf8'));

const escape = (text) =>
	String(text).replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]
	);

/**
 * The ring of the results page. `segments`: [from, to] percent ranges drawn in the accent colour
 * on a pale track; the text in the middle says what they mean.
 */
function ring(segments, label) {
	const r = 42;
	const c = 2 * Math.PI * r;
	const arcs = segments
		.map(([from, to]) => {
			const length = ((to - from) / 100) * c;
			return `<circle cx="50" cy="50" r="${r}" class="arc" stroke-dasharray="${length.toFixed(2)} ${c.toFixed(2)}" stroke-dashoffset="${(-(from / 100) * c).toFixed(2)}"/>`;
		})
		.join('');
	return `<div class="ring"><svg viewBox="0 0 100 100"><circle cx="50" cy="50" r="${r}" class="track"/>${arcs}</svg>
		<span>${label}</span></div>`;
}

function page({ kicker, heading, text, ringHtml }) {
	return `<!doctype html><html><head><meta charset="utf-8"><style>
	* { box-sizing: border-box; }
	body { margin: 0; width: 1200px; height: 630px; background: #f6f5f1; color: #1b1c20;
		font-family: 'Liberation Sans', Arial, sans-serif; display: flex; align-items: center; gap: 72px;
		padding: 0 80px; border-top: 18px solid #0b5f66; }
	.ring { position: relative; flex: none; width: 300px; height: 300px; display: grid; place-items: center; }
	.ring svg { position: absolute; inset: 0; transform: rotate(-90deg); }
	.ring circle { fill: none; stroke-width: 9; }
	.track { stroke: #e2e0da; } .arc { stroke: #0b5f66; }
	.ring span { position: relative; font-size: 46px; font-weight: 700; color: #0b5f66; text-align: center;
		line-height: 1.1; white-space: nowrap; }
	.ring small { display: block; font-size: 28px; color: #52545c; }
	.kicker { margin: 0 0 18px; font-size: 30px; font-weight: 700; color: #52545c; }
	h1 { margin: 0 0 26px; font-size: 74px; line-height: 1.05; letter-spacing: -0.01em; }
	p.text { margin: 0; font-size: 32px; line-height: 1.3; color: #1b1c20; }
	</style></head><body>${ringHtml}<div><p class="kicker">${escape(kicker)}</p>
	<h1>${escape(heading)}</h1><p class="text">${escape(text)}</p></div></body></html>`;
}

const quiz = await loadQuiz();
const bands = [...quiz.bands].sort((a, b) => b.minPercent - a.minPercent);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 1200, height: 630 } });
const tab = await context.newPage();
const written = [];
async function shoot(name, html) {
	await tab.setContent(html);
	await tab.screenshot({ path: new URL(`${name}.png`, out).pathname });
	written.push(name);
}

for (const locale of ['de', 'en']) {
	const m = messages(locale);
	// Eight segments, one per question; "8 Fragen" is the first of the landing page's facts.
	const [count, ...noun] = m.landing_facts.split(' · ')[0].split(' ');
	const segments = Array.from({ length: 8 }, (_, i) => [i * 12.5 + 1.5, (i + 1) * 12.5 - 1.5]);
	await shoot(
		`landing-${locale}`,
		page({
			kicker: m.app_name,
			heading: m.landing_heading,
			text: m.landing_facts,
			ringHtml: ring(segments, `${escape(count)}<small>${escape(noun.join(' '))}</small>`)
		})
	);
	bands.forEach((band, i) => {
		band.max = i === 0 ? 100 : bands[i - 1].minPercent - 1;
	});
	for (const band of bands) {
		// The ring shows the band's range, not a made-up score: the title carries the percent.
		const range = `${band.minPercent}–${band.max}&nbsp;%`;
		await shoot(
			`result-${band.id}-${locale}`,
			page({
				kicker: m.result_og_kicker,
				heading: band.name[locale],
				text: m.result_og_cta,
				ringHtml: ring([[band.minPercent, band.max]], range)
			})
		);
	}
}
await browser.close();
console.log(`Wrote ${written.length} images to static/og/: ${written.join(', ')}`);
