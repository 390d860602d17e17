import type { ComparisonSettings } from '$lib/server/comparison';

/** What the privacy page says about the comparison with everyone, from this installation's settings. */
export interface ComparisonTerms {
	enabled: boolean;
	/** Completions before anything is shown. */
	minCount: number;
	/** Completions one address may add per minute. */
	perMinute: number;
	/** How often the published snapshot is renewed, in words: "höchstens einmal pro Stunde". */
	refresh: string;
}

/**
 * "höchstens einmal pro Stunde", "höchstens alle 2 Stunden", "at most every 30 minutes"; 0 (a
 * test setting) renews it on every page view, and the page says so.
 */
export function refreshInWords(seconds: number, locale: 'de' | 'en'): string {
	if (seconds === 0) return locale === 'de' ? 'bei jedem Seitenaufruf' : 'on every page view';
	const [n, unit] =
		seconds % 3600 === 0
			? [seconds / 3600, 'hour']
			: seconds % 60 === 0
				? [seconds / 60, 'minute']
				: [seconds, 'second'];
	if (locale === 'en') {
		return n === 1
			? `at most once a${unit === 'hour' ? 'n' : ''} ${unit}`
			: `at most every ${n} ${unit}s`;
	}
	const de = {
		hour: ['Stunde', 'Stunden'],
		minute: ['Minute', 'Minuten'],
		second: ['Sekunde', 'Sekunden']
	}[unit as 'hour' | 'minute' | 'second'];
	return n === 1 ? `höchstens einmal pro ${de[0]}` : `höchstens alle ${n} ${de[1]}`;
}

export function comparisonTerms(
	settings: ComparisonSettings,
	locale: 'de' | 'en'
): ComparisonTerms {
	return {
		enabled: settings.enabled,
		minCount: settings.minCount,
		perMinute: settings.perMinute,
		refresh: refreshInWords(settings.refreshSeconds, locale)
	};
}
