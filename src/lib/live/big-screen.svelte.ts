import { m } from '$lib/paraglide/messages';
import type { LiveState } from './state';
import { followLive } from './stream.svelte';
import type { LiveTexts } from './texts';
import { distribution, newer, summaryView } from './view';

/**
 * What the presenter's screen and the projector show of a workshop, following its event stream
 * while the component lives: the state (the page's or a newer one from the stream), the current
 * question and its progress line, the revealed distribution and, at the end, the summary.
 */
export function followWorkshop(data: () => { code: string; state: LiveState; texts: LiveTexts }) {
	const live = followLive(() => `/live/${data().code}/events`);
	const current = $derived(newer(data().state, live.state));
	const total = $derived(data().texts.questions.length);
	const question = $derived(data().texts.questions[current.question]);
	const progress = $derived(
		m.live_progress({ step: current.question + 1, total }) +
			(current.round > 1 ? ` · ${m.live_round({ round: current.round })}` : '')
	);
	const revealed = $derived(
		current.rounds && question ? distribution(current.rounds, question, data().texts) : null
	);
	const summary = $derived(current.summary ? summaryView(current.summary, data().texts) : null);
	return {
		get current() {
			return current;
		},
		get total() {
			return total;
		},
		get question() {
			return question;
		},
		get progress() {
			return progress;
		},
		get revealed() {
			return revealed;
		},
		get summary() {
			return summary;
		}
	};
}
