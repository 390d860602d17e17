import { readFileSync } from 'node:fs';

/**
 * The example quiz of the README's "Write your own quiz" (its first YAML block), for the tests:
 * the documentation's example is what they load, so it cannot go stale.
 */
export function readmeExample(): string {
	const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
	const section = readme.split('\n## Write your own quiz\n')[1]?.split('\n## ')[0] ?? '';
	const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
	if (!block) throw new Error('README.md: no YAML example under "## Write your own quiz"');
	return block;
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineWith(text: string, needle: string): number {
	const index = text.split('\n').findIndex((line) => line.includes(needle));
	if (index < 0) throw new Error(`no line with ${needle}`);
	return index + 1;
}
