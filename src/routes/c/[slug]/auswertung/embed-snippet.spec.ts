import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FALLBACK_HEIGHT, embedBox, embedSnippet } from './embed-snippet';

describe('the embed snippet', () => {
	const snippet = embedSnippet({
		appOrigin: 'https://check.example',
		src: 'https://check.example/c/anna-abc123/embed',
		slug: 'anna-abc123',
		title: 'Quiz: Was ist Social Media für dein Unternehmen?'
	});

	it('is a frame of fixed height that scrolls, and a script that sets its height', () => {
		expect(snippet).toContain(
			'<iframe id="smc-anna-abc123" src="https://check.example/c/anna-abc123/embed" title="Quiz: Was ist Social Media für dein Unternehmen?"'
		);
		expect(snippet).toContain(`height:${FALLBACK_HEIGHT}px`);
		expect(snippet).not.toMatch(/scrolling="no"|overflow:\s*hidden/);
		expect(snippet).toMatch(/<script>[\s\S]*addEventListener\("message"[\s\S]*<\/script>$/);
	});

	it('listens only to this app, only to its own frame, and takes only a number', () => {
		expect(snippet).toContain('e.origin !== "https://check.example"');
		expect(snippet).toContain('e.source !== frame.contentWindow');
		expect(snippet).toContain('Number(e.data.height)');
		expect(snippet).not.toMatch(/innerHTML|eval|location/);
	});

	it('runs as written in a page: the height reaches the frame, other messages do not', () => {
		const frame = { contentWindow: {}, style: { height: '720px' } };
		let listener: (e: unknown) => void = () => {};
		const script = snippet.slice(snippet.indexOf('<script>') + 8, snippet.indexOf('</script>'));
		new Function('addEventListener', 'document', script)(
			(_type: string, fn: (e: unknown) => void) => (listener = fn),
			{ getElementById: (id: string) => (id === 'smc-anna-abc123' ? frame : null) }
		);
		const from = (origin: string, data: unknown, source: unknown = frame.contentWindow) =>
			listener({ origin, data, source });
		from('https://fremd.example', { type: 'smc-height', height: 1 });
		from('https://check.example', { type: 'smc-height', height: 2 }, {});
		from('https://check.example', { type: 'other', height: 3 });
		from('https://check.example', { type: 'smc-height', height: 'x' });
		expect(frame.style.height).toBe('720px');
		from('https://check.example', { type: 'smc-height', height: 1833.2 });
		expect(frame.style.height).toBe('1834px');
	});

	it('escapes what it writes into HTML and script', () => {
		const odd = embedSnippet({
			appOrigin: 'https://check.example"</script><b>',
			src: 'https://check.example/"><b>',
			slug: 'anna',
			title: 'A & "B"'
		});
		expect(odd).toContain('src="https://check.example/&quot;&gt;&lt;b&gt;"');
		expect(odd).toContain('title="A &amp; &quot;B&quot;"');
		expect(odd).toContain('"https://check.example\\"\\u003c/script>\\u003cb>"');
		expect(odd.match(/<\/script>/g)).toHaveLength(1);
	});

	it('is offered on the dashboard only while the campaign lists a website', () => {
		const box = embedBox(
			{ slug: 'anna-abc123', embed_origins: 'https://berater.example' },
			'https://check.example',
			'Was ist Social Media für Ihr Unternehmen?'
		);
		expect(box).toMatchObject({
			origins: ['https://berater.example'],
			previewHref: '/c/anna-abc123/embed',
			height: FALLBACK_HEIGHT
		});
		expect(box.code).toContain('src="https://check.example/c/anna-abc123/embed"');
		// The frame is named after the campaign's quiz, in the campaign's address.
		expect(box.code).toContain('title="Quiz: Was ist Social Media für Ihr Unternehmen?"');
		expect(
			embedBox({ slug: 'anna-abc123', embed_origins: null }, 'https://check.example', 'Quiz')
		).toMatchObject({
			origins: [],
			code: null
		});
	});

	it('is what the README shows the consultant', () => {
		const readme = readFileSync('README.md', 'utf8');
		const shown = /```html\n(<iframe id="smc-anna-beispiel-7kq2mx"[\s\S]*?)\n```/.exec(readme)?.[1];
		expect(shown).toBe(
			embedSnippet({
				appOrigin: 'https://check.example',
				src: 'https://check.example/c/anna-beispiel-7kq2mx/embed',
				slug: 'anna-beispiel-7kq2mx',
				title: 'Quiz: Was ist Social Media für dein Unternehmen?'
			})
		);
	});
});
