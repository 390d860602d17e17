import { localizeHref } from '$lib/paraglide/runtime';
import { requireDashboard } from '$lib/server/dashboard-auth';
import { qrPng } from '$lib/server/qr';
import type { RequestHandler } from './$types';

/** The campaign's QR code as a large PNG, for tools that take no SVG. */
export const GET: RequestHandler = async (event) => {
	const { campaign } = await requireDashboard(event);
	const url = event.url.origin + localizeHref(`/c/${campaign.slug}`);
	return new Response(new Uint8Array(await qrPng(url)), {
		headers: {
			'content-type': 'image/png',
			'content-disposition': `attachment; filename="qr-${campaign.slug}.png"`
		}
	});
};
