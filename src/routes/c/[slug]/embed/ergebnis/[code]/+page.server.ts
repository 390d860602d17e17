import { localizeHref } from '$lib/paraglide/runtime';
import { qrPath } from '$lib/server/qr';
import { load as campaignResult } from '../../../ergebnis/[code]/+page.server';
import type { PageServerLoad } from './$types';

/**
 * The campaign's results page inside the frame: the same load (result, "Ergebnis teilen"), with
 * the links a frame needs. Retaking stays in the frame; the result's own link and its QR code
 * lead to the campaign's results page, the address worth keeping or sending on, which opens
 * with the site around it.
 */
export const load = (async (event) => {
	const { slug, code } = event.params;
	// Same parameters and campaign; the other route's id and parent data are not read by it.
	const page = await campaignResult(event as unknown as Parameters<typeof campaignResult>[0]);
	const url = event.url.origin + localizeHref(`/c/${slug}/ergebnis/${code}`);
	return { ...page, url, qr: qrPath(url), retakeHref: localizeHref(`/c/${slug}/embed/quiz/1`) };
}) satisfies PageServerLoad;

/** "Ergebnis teilen": the campaign's own action, which answers back to the page it came from. */
export { actions } from '../../../ergebnis/[code]/+page.server';
