import type { Address, Locale, QuizContent } from '$lib/content';
import { localize } from '$lib/content/localize';
import { m } from '$lib/paraglide/messages';

/** About fifteen seconds a question: the article's eight take about two minutes. */
const SECONDS_PER_QUESTION = 15;

/** What a quiz's start page says: its heading, a few sentences, and the facts line. */
export interface QuizIntro {
	heading: string;
	text: string | null;
	/** "8 Fragen · etwa 2 Minuten · ohne Anmeldung" */
	facts: string;
}

/**
 * A quiz's start page in one language (in German in the campaign's address): the file's
 * `intro` where it has one, else its title.
 */
export function quizIntro(quiz: QuizContent, locale: Locale, address: Address = 'du'): QuizIntro {
	const count = quiz.questions.length;
	const minutes = Math.max(1, Math.round((count * SECONDS_PER_QUESTION) / 60));
	return {
		heading: localize(quiz.intro?.heading ?? quiz.title, locale, address),
		text: quiz.intro ? localize(quiz.intro.text, locale, address) : null,
		facts: m.quizzes_facts({ count, minutes }, { locale })
	};
}
