import type { QuizDefinition } from './types';

/** The article's quiz reduced to what scoring needs; lets engine tests run without the content layer. */
export const articleQuiz: QuizDefinition = {
	id: 'social-media',
	codePrefix: 'sm',
	version: 1,
	questions: [
		{ id: 'werbeflaeche', verdict: { answer: 'nein', kind: 'plain' } },
		{ id: 'traffic', verdict: { answer: 'jein', kind: 'plain' } },
		{ id: 'verkauf', verdict: { answer: 'nein', kind: 'softened' } },
		{ id: 'image', verdict: { answer: 'ja', kind: 'plain' } },
		{ id: 'gefahr', verdict: { answer: 'nein', kind: 'softened' } },
		{ id: 'ads', verdict: { answer: 'ja', kind: 'plain' } },
		{ id: 'facebook', verdict: { answer: 'nein', kind: 'plain' } },
		{ id: 'kommunikation', verdict: { answer: 'ja', kind: 'emphatic' } }
	],
	bands: [
		{ id: 'profi', minPercent: 85 },
		{ id: 'gut', minPercent: 60 },
		{ id: 'umdenken', minPercent: 0 }
	],
	insights: [{ id: 'organic-vs-paid', when: { kind: 'alike', questions: ['werbeflaeche', 'ads'] } }]
};
