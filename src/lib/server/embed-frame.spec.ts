import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import type { CampaignContext } from './campaign-context';
import type { Campaign } from './db/schema';
import { embedFraming, isEmbedRoute } from './embed-frame';

const KIT_POLICY =
	"default-src 'self'; script-src 'self' 'nonce-abc'; form-action 'self'; frame-ancestors 'none'";

function campaign(embedOrigins: string | null): Campaign {
	return {
		id: 'c1',
		slug: 'anna-abc123',
		quiz_id: defaultQuiz.id,
		name: 'Anna',
		organisation: null,
		welcome: null,
		contact_url: null,
		accent: null,
		embed_origins: embedOrigins,
		key_hash: 'x',
		created_on: '2026-11-28',
		address: 'du'
	};
}

/** Runs the handle for a request to `routeId` whose campaign (already looked up) is `found`. */
async function respond(routeId: string | null, found: Promise<CampaignContext | null>) {
	const event = {
		route: { id: routeId },
		params: { slug: 'anna-abc123' },
		locals: { requestId: 'r', campaign: found }
	} as unknown as RequestEvent;
	const response = await embedFraming({
		event,
		resolve: async () =>
			new Response('<p>page</p>', {
				headers: { 'content-security-policy': KIT_POLICY, 'content-type': 'text/html' }
			})
	});
	return {
		csp: response.headers.get('content-security-policy'),
		referrer: response.headers.get('referrer-policy')
	};
}

const listed = (origins: string | null) =>
	Promise.resolve({ campaign: campaign(origins), quiz: defaultQuiz });

describe('the embed pages’ headers', () => {
	it('are the embed route and everything below it, nothing else', () => {
		expect(isEmbedRoute('/c/[slug]/embed')).toBe(true);
		expect(isEmbedRoute('/c/[slug]/embed/quiz/[step]')).toBe(true);
		expect(isEmbedRoute('/c/[slug]/embed/ergebnis/[code]')).toBe(true);
		expect(isEmbedRoute('/c/[slug]')).toBe(false);
		expect(isEmbedRoute('/c/[slug]/embedded')).toBe(false);
		expect(isEmbedRoute('/c/[slug]/quiz/[step]')).toBe(false);
		expect(isEmbedRoute(null)).toBe(false);
	});

	it('let exactly the listed origins frame an embed page, and send no Referer elsewhere', async () => {
		const { csp, referrer } = await respond(
			'/c/[slug]/embed/quiz/[step]',
			listed('https://berater.example https://www.anna-beispiel.de')
		);
		expect(csp).toBe(
			"default-src 'self'; script-src 'self' 'nonce-abc'; form-action 'self'; frame-ancestors https://berater.example https://www.anna-beispiel.de"
		);
		expect(referrer).toBe('same-origin');
	});

	it('keep every other page, and a campaign that lists nothing, unframable', async () => {
		expect(await respond('/c/[slug]/quiz/[step]', listed('https://berater.example'))).toEqual({
			csp: KIT_POLICY,
			referrer: null
		});
		expect((await respond('/c/[slug]/embed', listed(null))).csp).toBe(KIT_POLICY);
		expect((await respond('/c/[slug]/embed', Promise.resolve(null))).csp).toBe(KIT_POLICY);
		// A stored value that is not an origin never reaches the header.
		expect((await respond('/c/[slug]/embed', listed("'unsafe-inline' *"))).csp).toBe(KIT_POLICY);
		// The database failing now: the safe side.
		const failing = Promise.reject(new Error('database gone'));
		failing.catch(() => {});
		expect((await respond('/c/[slug]/embed', failing)).csp).toBe(KIT_POLICY);
	});
});
