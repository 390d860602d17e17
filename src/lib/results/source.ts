import type { Locale, QuizContent } from '$lib/content';

/** What a page says about the quiz's source: always the title; author, link and date where given. */
export interface SourceCredit {
	title: string;
	author: string | null;
	url: string | null;
	/** As people read it ("2. Mai 2014"), with the machine-readable date beside it. */
	date: { text: string; iso: string } | null;
}

/** The source credit of a quiz in one language; never adds what the quiz file does not say. */
export function sourceCredit(quiz: QuizContent, locale: Locale): SourceCredit {
	const { title, author, url, date } = quiz.source;
	return {
		title,
		author: author ?? null,
		url: url ?? null,
		date: date
			? {
					iso: date,
					text: new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
						dateStyle: 'long',
						timeZone: 'UTC'
					}).format(new Date(`${date}T00:00:00Z`))
				}
			: null
	};
}
