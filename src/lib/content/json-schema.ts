import { toJsonSchema } from '@valibot/to-json-schema';
import { BandSchema, InsightSchema, Localized, QuestionSchema, QuizFileSchema } from './schema';

/**
 * The quiz file schema as JSON Schema (draft-07, what editors' YAML and JSON support reads),
 * for `quizzes/schema.json`: written by `npm run quiz-schema`, checked to be current by a test.
 * Rules between fields (unique ids, bands without gaps) are the app's to check, not the editor's.
 */
export function quizJsonSchema() {
	return {
		...toJsonSchema(QuizFileSchema, {
			target: 'draft-07',
			typeMode: 'input',
			errorMode: 'ignore',
			definitions: {
				text: Localized,
				question: QuestionSchema,
				band: BandSchema,
				insight: InsightSchema
			}
		}),
		title: 'Social Media Check quiz',
		description: 'A quiz file (quizzes/*.yaml or QUIZ_DIR): see the README, "Write your own quiz".'
	};
}
