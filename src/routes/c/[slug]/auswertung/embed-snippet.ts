import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { embedOrigins } from '$lib/server/embed-origins';

/**
 * The frame's height before the script has set it, and without the script: the start screen
 * and a question fit on a phone and a desktop; the results scroll inside the frame.
 */
export const FALLBACK_HEIGHT = 720;

/** For text between double quotes in HTML. */
const attribute = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** For a string in the script: JSON, with `<` escaped so nothing can close the script element. */
const scriptString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

/**
 * What the consultant pastes into their page: the frame, and a few lines of script that set its
 * height from the embed pages' message (frame-height.ts). The script takes a message only from
 * this app's origin and only from this frame, and reads nothing from it but a number.
 */
export function embedSnippet(input: {
	/** This app's origin, `https://check.example`: the only sender the script listens to. */
	appOrigin: string;
	/** The embed's address, `https://check.example/c/<slug>/embed`. */
	src: string;
	slug: string;
	title: string;
}): string {
	const id = `smc-${input.slug}`;
	return [
		`<iframe id="${attribute(id)}" src="${attribute(input.src)}" title="${attribute(input.title)}"`,
		`  style="display:block;width:100%;height:${FALLBACK_HEIGHT}px;border:0"`,
		`  allow="clipboard-write; web-share" loading="lazy"></iframe>`,
		`<script>`,
		`addEventListener("message", function (e) {`,
		`  var frame = document.getElementById(${scriptString(id)});`,
		`  if (!frame || e.source !== frame.contentWindow || e.origin !== ${scriptString(input.appOrigin)}) return;`,
		`  var height = e.data && e.data.type === "smc-height" ? Number(e.data.height) : 0;`,
		`  if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + "px";`,
		`});`,
		`</script>`
	].join('\n');
}

/**
 * The dashboard's box: the allowed origins and the code, or nothing to paste while the campaign
 * lists no website (the box then says where to add one).
 */
export function embedBox(
	campaign: { slug: string; embed_origins: string | null },
	appOrigin: string,
	/** The quiz's heading, in the campaign's address: the frame's name for screen readers. */
	quizHeading: string
) {
	const origins = embedOrigins(campaign.embed_origins);
	const previewHref = localizeHref(`/c/${campaign.slug}/embed`);
	const code =
		origins.length === 0
			? null
			: embedSnippet({
					appOrigin,
					src: appOrigin + previewHref,
					slug: campaign.slug,
					title: m.embed_frame_title({ title: quizHeading })
				});
	return { origins, code, previewHref, height: FALLBACK_HEIGHT };
}
