import { getContext, setContext } from 'svelte';

const KEY = Symbol('links to other sites');

/**
 * Inside a frame on another website (a campaign's embed), links to other sites open in a new
 * tab: the other site may refuse to be framed, and the participant keeps their result in the
 * frame. Called by the layout of those pages.
 */
export function openOtherSitesInNewTab(): void {
	setContext(KEY, '_blank');
}

/** The `target` of a link to another site: `_blank` inside a frame, otherwise none. */
export function otherSiteTarget(): '_blank' | undefined {
	return getContext<'_blank' | undefined>(KEY);
}
