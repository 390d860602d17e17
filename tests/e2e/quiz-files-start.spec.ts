import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { specPort, startServer } from './server';

/** The README's example quiz: three questions (see quiz-files.spec.ts). */
function readmeExample(): string {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.split('\n## Write your own quiz\n')[1] ?? '';
	return /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
}
const example = readmeExample();

/** The 1-based line of the first line that contains `needle`. */
const lineWith = (text: string, needle: string) =>
	text.split('\n').findIndex((line) => line.includes(needle)) + 1;

const dirs: string[] = [];
function quizDir(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'smc-e2e-bad-quizzes-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}
test.afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Starts a server that is expected to refuse: its exit code and what it printed. */
async function refusedStart(env: Record<string, string>, dataDir?: string) {
	const server = await startServer({ port: specPort(31), env, wait: false, dataDir });
	const code = await Promise.race([
		server.exited,
		new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 30_000))
	]);
	await server.stop();
	return { code, lines: server.lines };
}

test.describe.configure({ mode: 'serial' });

test('a quiz file with a mistake stops the start: one message with the file, the field and the line', async () => {
	test.setTimeout(180_000);
	const withoutVerdict = example.replace(
		/ {4}verdict:\n {6}answer: nein\n {6}kind: plain\n.*\n/,
		''
	);
	const cases: [string, Record<string, string>, (dir: string) => string][] = [
		[
			'missing verdict',
			{ 'newsletter.yaml': withoutVerdict },
			(dir) =>
				`${join(dir, 'newsletter.yaml')}:${lineWith(withoutVerdict, '- id: tot')}: questions.0.verdict: missing`
		],
		[
			'unknown answer',
			{ 'newsletter.yaml': example.replace('answer: jein', 'answer: vielleicht') },
			(dir) =>
				`${join(dir, 'newsletter.yaml')}:${lineWith(example, 'answer: jein')}: questions.2.verdict.answer: must be one of nein, jein, ja`
		],
		[
			'duplicate id',
			{ 'newsletter.yaml': example.replace('- id: woechentlich', '- id: tot') },
			(dir) =>
				`${join(dir, 'newsletter.yaml')}:${lineWith(example, '- id: woechentlich')}: questions.2.id: the same id as questions.0.id: ids must be unique`
		],
		[
			'duplicate code prefix',
			{ 'newsletter.yaml': example.replace('codePrefix: nl', 'codePrefix: sm') },
			(dir) =>
				`${join(dir, 'newsletter.yaml')}:2: codePrefix: "sm" is already the code prefix of social-media (quizzes/social-media.yaml): each quiz needs its own, or share codes would be read as the other quiz`
		],
		[
			'band gap',
			{ 'newsletter.yaml': example.replace('minPercent: 0', 'minPercent: 20') },
			(dir) =>
				`${join(dir, 'newsletter.yaml')}:${lineWith(example, '  - id: nah')}: bands: a gap: the lowest band starts at 20 %, so 0–19 % would have no band (one band needs minPercent: 0)`
		]
	];
	for (const [kind, files, expected] of cases) {
		const dir = quizDir(files);
		const { code, lines } = await refusedStart({ QUIZ_DIR: dir });
		expect(code, kind).toBe(1);
		const message = lines.filter((line) => line.includes(dir));
		expect(message, kind).toEqual([expected(dir)]);
		expect(lines, kind).toContain('Invalid quiz file (fix and start again):');
		// No stack trace: the operator reads one message.
		expect(lines.join('\n'), kind).not.toMatch(/\n\s+at /);
	}
});

test('QUIZ_DIR that is not a folder stops the start like any wrong setting', async () => {
	const { code, lines } = await refusedStart({ QUIZ_DIR: '/nowhere/quizzes' });
	expect(code).toBe(1);
	expect(lines).toContain(
		'Invalid setting: QUIZ_DIR="/nowhere/quizzes" must name an existing folder'
	);
});

test('a quiz changed without a new version is refused; with a new version, old codes are outdated', async () => {
	test.setTimeout(120_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'smc-e2e-fingerprint-'));
	dirs.push(dataDir);
	const dir = quizDir({ 'newsletter.yaml': example });

	// Version 1 is served, and a result of it is shared around.
	let server = await startServer({ port: specPort(32), env: { QUIZ_DIR: dir }, dataDir });
	const first = await fetch(`${server.url}/q/newsletter/3?a=np&next=1&answer=jein`, {
		redirect: 'manual'
	});
	const oldResult = first.headers.get('location') as string;
	expect(oldResult).toMatch(/^\/ergebnis\/nl/);
	expect((await fetch(server.url + oldResult)).status).toBe(200);
	await server.stop();

	// The verdict of question 1 changes, the version does not: refused.
	const changed = example.replace('answer: nein', 'answer: ja');
	writeFileSync(join(dir, 'newsletter.yaml'), changed);
	const refused = await refusedStart({ QUIZ_DIR: dir }, dataDir);
	expect(refused.code).toBe(1);
	expect(refused.lines).toContain('Quiz changed without a new version:');
	expect(refused.lines.join('\n')).toContain(
		`${join(dir, 'newsletter.yaml')}: version: quiz "newsletter" changed its questions, verdicts or bands since version 1 was first served. Raise "version" to 2`
	);

	// Texts may change freely; a new version is a new meaning, and the old link says so kindly.
	writeFileSync(
		join(dir, 'newsletter.yaml'),
		changed.replace('version: 1', 'version: 2').replace('Newsletter-Check', 'Newsletter-Check 2')
	);
	server = await startServer({ port: specPort(32), env: { QUIZ_DIR: dir }, dataDir });
	const old = await fetch(server.url + oldResult);
	expect(old.status).toBe(400);
	expect(await old.text()).toContain('Dieser Link ist beschädigt');
	await server.stop();
});
