// Shares under load: the results page's share form posted by many connections at once, and a
// check that every share answered 303 is stored, with its running counts.
import { setTimeout as sleep } from 'node:timers/promises';
import { createCampaign, shareRequest } from './app.js';
import { cannon } from './cannon.js';
import { countShares, missingTokens } from './seed.js';

/**
 * Posts shares to a fresh campaign for the run's duration and compares what was answered with
 * what the database holds afterwards.
 * @param {import('./part.js').Bench} bench
 */
export async function measureShares(bench) {
	const { server, app, db, settings } = bench;
	const { slug } = await createCampaign(server.base, 'Bench Campaign Shares');
	const campaign = await app.campaigns.findCampaign(db, slug);
	if (!campaign) throw new Error(`Campaign ${slug} is not in the database`);
	const before = await countShares(app, db, campaign.id);
	/** @type {string[]} */
	const answeredTokens = [];
	const request = shareRequest({
		base: server.base,
		slug,
		code: bench.resultCode,
		headers: { 'accept-encoding': settings.acceptEncoding },
		onToken: (token) => answeredTokens.push(token)
	});
	const result = await cannon(
		'share POST',
		{ url: server.base, requests: [request] },
		{ settings, servers: [server] }
	);
	// Requests still in flight when autocannon stops are answered (and stored) after it counted.
	await sleep(500);
	const after = await countShares(app, db, campaign.id);
	const stored = after.rows - before.rows;
	const successes = result.status['3xx'];
	const missing = await missingTokens(db, campaign.id, answeredTokens);
	const inFlightAtStop = result.requestsSent - result.requestsTotal;
	return {
		...result,
		stored,
		successful303: successes,
		answered303WithToken: answeredTokens.length,
		answered303NotStored: missing,
		inFlightAtStop,
		countsMatchShares: after.counted === after.rows,
		// Every 303 stored its share, nothing else was stored but the requests in flight, and the
		// running counts saw each share once.
		storedMatchesSuccesses:
			missing === 0 &&
			answeredTokens.length === successes &&
			stored >= successes &&
			stored <= successes + Math.max(0, inFlightAtStop) &&
			after.counted === after.rows
	};
}
