// The dashboard of a large campaign: seeded through the app's addShares, then read by one
// consultant in a loop and by many connections at once.
import { performance } from 'node:perf_hooks';
import { createCampaign, dashboardCookie } from './app.js';
import { cannon, sequential } from './cannon.js';
import { cpuSample, cpuUse } from './cpu.js';
import { log } from './log.js';
import { fmtInt } from './report.js';
import { countShares, seedShares } from './seed.js';

/**
 * Seeds `seededShares` shares into a fresh campaign and measures its dashboard.
 * @param {import('./part.js').Bench} bench
 */
export async function measureDashboard(bench) {
	const { server, app, db, settings } = bench;
	const created = await createCampaign(server.base, 'Bench Campaign 100k');
	const campaign = await app.campaigns.findCampaign(db, created.slug);
	if (!campaign) throw new Error(`Campaign ${created.slug} is not in the database`);

	log(`Seeding ${fmtInt(settings.seededShares)} shares`);
	const seedStart = performance.now();
	await seedShares(app, db, campaign, settings.seededShares);
	const seedMs = performance.now() - seedStart;
	const { rows: shares } = await countShares(app, db, campaign.id);

	const cookie = await dashboardCookie(server.base, created);
	const url = `${server.base}/c/${created.slug}/auswertung`;
	const headers = { cookie: cookie.header, 'accept-encoding': settings.acceptEncoding };
	const check = await fetch(url, { headers, redirect: 'manual' });
	const html = await check.text();
	if (check.status !== 200) throw new Error(`The seeded dashboard answered ${check.status}`);

	log(`Dashboard (${fmtInt(shares)} shares): ${settings.sequentialRequests} sequential requests`);
	const cpuBefore = cpuSample([server.pid]);
	const oneConnection = await sequential(url, headers, settings.sequentialRequests);
	const sequentialFigures = {
		...oneConnection,
		cpu: cpuUse(cpuBefore, cpuSample([server.pid])),
		htmlBytes: Buffer.byteLength(html)
	};
	const result = await cannon(
		`dashboard GET (${fmtInt(shares)} shares)`,
		{ url, headers },
		{ settings, servers: [server] }
	);
	return { ...result, sequential: sequentialFigures, shares, seedMs };
}
