import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { MAX_PARTICIPANTS } from './sessions';

/**
 * The workshop's error pages carry their wording from the server (as server/errors.ts does);
 * `src/routes/live/+error.svelte` shows them with the field for another code.
 */
function friendly(status: number, heading: string, text: string): never {
	error(status, { message: text, heading });
}

export function unknownWorkshop(): never {
	friendly(404, m.live_unknown_heading(), m.live_unknown_text());
}

export function endedWorkshop(): never {
	friendly(410, m.live_ended_heading(), m.live_ended_text());
}

export function fullWorkshop(): never {
	friendly(409, m.live_full_heading(), m.live_full_text({ max: MAX_PARTICIPANTS }));
}

/** A participant token that did not join this session (another session's, or made up). */
export function foreignToken(): never {
	friendly(403, m.live_foreign_heading(), m.live_foreign_text());
}
