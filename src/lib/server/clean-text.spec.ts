import { describe, expect, it } from 'vitest';
import { hasControlCharacters, stripInvisible } from './clean-text';

describe('stripInvisible', () => {
	it('removes zero-width, bidirectional and other invisible format characters', () => {
		expect(stripInvisible('An\u200Bna')).toBe('Anna');
		expect(stripInvisible('\u202EanitsirhC')).toBe('anitsirhC');
		expect(stripInvisible('\u2066Eva\u2069 \u200E\u200F')).toBe('Eva ');
		expect(stripInvisible('\uFEFFBOM\u00AD\u2060\u200C\u200D')).toBe('BOM');
		expect(stripInvisible('\u3164\u115F')).toBe('');
	});

	it('normalises to NFC, also where an invisible character stood between the parts', () => {
		expect(stripInvisible('Mu\u0308ller')).toBe('Müller');
		expect(stripInvisible('Mu\u200B\u0308ller')).toBe('Müller');
		expect(stripInvisible('Müller')).toHaveLength(6);
	});

	it('keeps what people see: letters, emoji, spaces, line breaks', () => {
		expect(stripInvisible('Bäckerei M. 🥐\nZeile 2')).toBe('Bäckerei M. 🥐\nZeile 2');
	});
});

describe('hasControlCharacters', () => {
	it('finds NUL, escape and other control characters, but not a line break', () => {
		expect(hasControlCharacters('a\u0000b')).toBe(true);
		expect(hasControlCharacters('\u001B[31mred')).toBe(true);
		expect(hasControlCharacters('\u0085')).toBe(true);
		expect(hasControlCharacters('\u007F')).toBe(true);
		expect(hasControlCharacters('zwei\nZeilen')).toBe(false);
		expect(hasControlCharacters('Anna Beispiel')).toBe(false);
	});
});
