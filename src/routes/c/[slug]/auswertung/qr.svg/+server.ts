import { localizeHref } from '$lib/paraglide/runtime';
import { requireDashboard } from '$lib/server/dashboard-auth';
import { qrSvg } from '$lib/server/qr';
import type { RequestHandler } from './$types';

/** The campaign's QR code as a vector file, for slides and print. */
export const GET: RequestHandler = async (event) => {
	const { campaign } = await requireDashboard(event);
	const url = event.url.origin + localizeHref(`/c/${campaign.slug}`);
	return new Response(qrSvg(url), {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'content-disposition': `attachment; filename="qr-${campaign.slug}.svg"`
		}
	});
};
