import { describe, expect, it } from 'vitest';
import { comparisonTerms, refreshInWords } from './comparison-terms';

describe('the privacy page’s words for the snapshot interval', () => {
	it.each([
		[3600, 'höchstens einmal pro Stunde', 'at most once an hour'],
		[7200, 'höchstens alle 2 Stunden', 'at most every 2 hours'],
		[60, 'höchstens einmal pro Minute', 'at most once a minute'],
		[1800, 'höchstens alle 30 Minuten', 'at most every 30 minutes'],
		[90, 'höchstens alle 90 Sekunden', 'at most every 90 seconds'],
		[0, 'bei jedem Seitenaufruf', 'on every page view']
	])('%i s', (seconds, de, en) => {
		expect(refreshInWords(seconds, 'de')).toBe(de);
		expect(refreshInWords(seconds, 'en')).toBe(en);
	});

	it('carries this installation’s threshold and limit', () => {
		expect(
			comparisonTerms({ enabled: true, refreshSeconds: 3600, minCount: 30, perMinute: 5 }, 'de')
		).toEqual({
			enabled: true,
			minCount: 30,
			perMinute: 5,
			refresh: 'höchstens einmal pro Stunde'
		});
	});
});
