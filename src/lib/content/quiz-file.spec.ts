import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizJsonSchema } from './json-schema';
import { describeProblems, parseQuizFile, type QuizFileResult } from './quiz-file';
import { offersSie } from './checks';
import { lineWith, readmeExample } from './readme-example';

const example = readmeExample();

/** The example with one text replaced (the replacement must happen: a test never runs on the original). */
function broken(from: string | RegExp, to: string): string {
	const text = example.replace(from, to);
	expect(text, `the example holds ${from}`).not.toBe(example);
	return text;
}

function problems(result: QuizFileResult) {
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.problems.map((p) => ({ ...p, path: p.path.join('.') }));
}

describe('the README example', () => {
	it('is a complete quiz of three questions, with Sie forms', () => {
		const result = parseQuizFile(example);
		expect(result.ok && result.quiz.questions.map((q) => q.id)).toEqual([
			'tot',
			'verkauf',
			'woechentlich'
		]);
		expect(result.ok && offersSie(result.quiz)).toBe(true);
	});

	it('reads the same as JSON (a JSON quiz file is YAML too)', () => {
		const json = JSON.stringify(parse(example), null, '\t');
		const fromJson = parseQuizFile(json);
		const fromYaml = parseQuizFile(example);
		expect(fromJson.ok && fromJson.quiz).toEqual(fromYaml.ok && fromYaml.quiz);
	});
});

describe('a quiz file with a mistake names the field and its line', () => {
	it('a missing verdict', () => {
		const text = broken(/ {4}verdict:\n {6}answer: nein\n {6}kind: plain\n.*\n/, '');
		expect(problems(parseQuizFile(text))).toEqual([
			{ path: 'questions.0.verdict', message: 'missing', line: lineWith(text, '- id: tot') }
		]);
	});

	it('an unknown answer', () => {
		const text = broken('answer: jein', 'answer: vielleicht');
		expect(problems(parseQuizFile(text))).toEqual([
			{
				path: 'questions.2.verdict.answer',
				message: 'must be one of nein, jein, ja',
				line: lineWith(text, 'answer: vielleicht')
			}
		]);
	});

	it('a duplicate question id', () => {
		const text = broken('- id: woechentlich', '- id: tot');
		const [problem] = problems(parseQuizFile(text));
		expect(problem).toEqual({
			path: 'questions.2.id',
			message: 'the same id as questions.0.id: ids must be unique',
			line: lineWith(text, 'Newsletter, musst du') - 2
		});
		// The second "tot", not the first.
		expect(text.split('\n')[(problem?.line ?? 0) - 1]).toBe('  - id: tot');
		expect(problem?.line).toBeGreaterThan(lineWith(text, '- id: tot'));
	});

	it('a band gap: no band starts at 0', () => {
		const text = broken('minPercent: 0', 'minPercent: 20');
		expect(problems(parseQuizFile(text))).toEqual([
			{
				path: 'bands',
				message:
					'a gap: the lowest band starts at 20 %, so 0–19 % would have no band (one band needs minPercent: 0)',
				line: lineWith(text, '  - id: nah')
			}
		]);
	});

	it('two bands that start at the same percent', () => {
		const text = broken('minPercent: 70', 'minPercent: 0');
		expect(problems(parseQuizFile(text))).toEqual([
			expect.objectContaining({
				path: 'bands.1.minPercent',
				line: lineWith(text, 'id: anders') + 1
			})
		]);
	});

	it('a field that does not exist (a typo)', () => {
		const text = broken('    summary:\n      de: Wer', '    sumary:\n      de: Wer');
		expect(problems(parseQuizFile(text))).toEqual([
			{
				path: 'questions.0.summary',
				message: 'missing',
				line: lineWith(text, '- id: tot')
			},
			{
				path: 'questions.0.sumary',
				message: 'unknown field (check its spelling and where it is indented)',
				line: lineWith(text, 'sumary:') + 1
			}
		]);
	});

	it('a softened verdict without its qualifier, and a qualifier on a plain one', () => {
		const text = broken(/ {6}qualifier: .*\n/, '').replace(
			'label: { de: Nein., en: No. }',
			'label: { de: Nein., en: No. }\n      qualifier: { de: eher, en: rather }'
		);
		expect(problems(parseQuizFile(text)).map((p) => [p.path, p.message, p.line])).toEqual([
			[
				'questions.0.verdict.qualifier',
				'only a softened verdict has a qualifier',
				lineWith(text, 'qualifier: { de: eher')
			],
			[
				'questions.1.verdict.qualifier',
				'missing: a softened verdict names the other side ("noch nicht")',
				// The verdict that lacks it.
				lineWith(text, 'kind: softened') - 1
			]
		]);
	});

	it('a Sie form missing where others exist, and one that still says du', () => {
		const text = broken(/ {6}de-sie: Prüfen Sie.*\n/, '').replace(
			'de-sie: Sie sehen den Newsletter ähnlich',
			'de-sie: Du siehst den Newsletter ähnlich'
		);
		expect(problems(parseQuizFile(text))).toEqual([
			{
				path: 'questions.0.takeaway.de-sie',
				message: 'missing: the German text says "Prüfe"',
				line: lineWith(text, 'de: Prüfe, ob')
			},
			{
				path: 'bands.0.meaning.de-sie',
				message: 'still says "Du"',
				line: lineWith(text, 'de-sie: Du siehst')
			}
		]);
	});

	it('YAML that is not YAML: the line the parser knows', () => {
		const text = broken('    short: { de: Tot, en: Dead }', '    short: { de: Tot, en: Dead');
		const [problem] = problems(parseQuizFile(text));
		expect(problem?.path).toBe('');
		expect(problem?.line).toBeGreaterThanOrEqual(lineWith(text, 'short: { de: Tot, en: Dead'));
	});

	it('a key given twice', () => {
		const text = broken('codePrefix: nl\n', 'codePrefix: nl\ncodePrefix: nx\n');
		expect(problems(parseQuizFile(text))).toEqual([
			{ path: '', message: 'Map keys must be unique', line: 3 }
		]);
	});

	it('one line per problem, as compilers print them', () => {
		const text = broken('answer: jein', 'answer: vielleicht');
		const result = parseQuizFile(text);
		expect(result.ok ? '' : describeProblems('/srv/quizzes/newsletter.yaml', result.problems)).toBe(
			`/srv/quizzes/newsletter.yaml:${lineWith(text, 'vielleicht')}: questions.2.verdict.answer: must be one of nein, jein, ja`
		);
	});
});

describe('quizzes/schema.json', () => {
	it('is the JSON Schema of the current quiz schema (npm run quiz-schema writes it)', () => {
		const file = JSON.parse(
			readFileSync(new URL('../../../quizzes/schema.json', import.meta.url), 'utf8')
		);
		expect(file).toEqual(JSON.parse(JSON.stringify(quizJsonSchema())));
	});

	it('describes what an editor completes: the fields, the answers, the Sie form', () => {
		const schema = quizJsonSchema() as unknown as {
			required: string[];
			$defs: Record<string, { properties: Record<string, { enum?: string[] }> }>;
		};
		expect(schema.required).toEqual(
			expect.arrayContaining(['id', 'codePrefix', 'version', 'questions', 'bands'])
		);
		expect(Object.keys(schema.$defs.text?.properties ?? {})).toEqual(['de', 'de-sie', 'en']);
		expect(
			(
				schema.$defs.question?.properties.verdict as unknown as {
					properties: { answer: { enum: string[] } };
				}
			).properties.answer.enum
		).toEqual(['nein', 'jein', 'ja']);
	});
});
