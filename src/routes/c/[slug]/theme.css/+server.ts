import { publicCampaign, requireCampaign } from '$lib/server/campaign-context';
import { softVariant } from '$lib/server/color';
import type { RequestHandler } from './$types';

/**
 * The consultant's accent colour as a tiny stylesheet: no inline styles on the page (the CSP
 * stays strict, and the shared client bundle needs no style handling). It applies to the whole
 * page – header, buttons, links, focus outlines, the score ring – and only pages of this campaign
 * link it. `html:root` outranks app.css's `:root`, whichever stylesheet the browser reads last.
 * The page links it with the colour in the query, so an edited colour is fetched anew.
 */
export const GET: RequestHandler = async (event) => {
	const { accent } = publicCampaign((await requireCampaign(event)).campaign);
	const theme = (color: string, soft: string) =>
		`html:root{--accent:${color};--accent-soft:${soft};--focus:${color}}`;
	const css = accent
		? theme(accent.light, softVariant(accent.light, 'light')) +
			`@media (prefers-color-scheme:dark){${theme(accent.dark, softVariant(accent.dark, 'dark'))}}`
		: '';
	return new Response(css, {
		headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
