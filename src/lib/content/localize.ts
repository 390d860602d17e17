import type { Address } from './address';
import type { Locale, LocalizedText } from './schema';

/** A quiz text in the page's language and, in German, the campaign's address. */
export function localize(text: LocalizedText, locale: Locale, address: Address = 'du'): string {
	if (locale === 'de' && address === 'sie') return text['de-sie'] ?? text.de;
	return text[locale];
}
