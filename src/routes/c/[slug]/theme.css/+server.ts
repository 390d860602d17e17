import { publicCampaign, requireCampaign } from '$lib/server/campaign-context';
import type { RequestHandler } from './$types';

/**
 * The consultant's accent colour as a tiny stylesheet: no inline styles on the page (the CSP
 * stays strict, and the shared client bundle needs no style handling).
 */
export const GET: RequestHandler = async (event) => {
	const { accent } = publicCampaign((await requireCampaign(event)).campaign);
	const css = accent
		? `.campaign{--accent:${accent.light}}@media (prefers-color-scheme:dark){.campaign{--accent:${accent.dark}}}`
		: '';
	return new Response(css, {
		headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
