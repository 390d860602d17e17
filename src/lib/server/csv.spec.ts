import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV', () => {
	it('starts with a BOM and uses semicolons and CRLF', () => {
		expect(
			toCsv([
				['Alias', 'Prozent'],
				['Anna', 59]
			])
		).toBe('\uFEFFAlias;Prozent\r\nAnna;59\r\n');
	});

	it('neutralises cells a spreadsheet would run as formulas', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+49 123')).toBe("'+49 123");
		expect(csvCell('-1')).toBe("'-1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tx')).toBe("'\tx");
	});

	it('strips invisible characters first, so they cannot hide a formula', () => {
		expect(csvCell('\u200B=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvCell('\u202E\u2066=1+1')).toBe("'=1+1");
		expect(csvCell('\uFEFF@x')).toBe("'@x");
		expect(csvCell('Ann\u200Ba')).toBe('Anna');
	});

	it('neutralises full-width and small look-alikes, and formulas after leading spaces', () => {
		expect(csvCell('＝SUM(A1)')).toBe("'＝SUM(A1)");
		expect(csvCell('＋1')).toBe("'＋1");
		expect(csvCell('－1')).toBe("'－1");
		expect(csvCell('＠x')).toBe("'＠x");
		expect(csvCell('﹦1')).toBe("'﹦1");
		expect(csvCell('\u200B＝1')).toBe("'＝1");
		expect(csvCell(' =1')).toBe("' =1");
	});

	it('quotes separators, quotes and line breaks', () => {
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('Sie sagte "ja"')).toBe('"Sie sagte ""ja"""');
		expect(csvCell('zwei\nZeilen')).toBe('"zwei\nZeilen"');
		expect(csvCell(null)).toBe('');
		expect(csvCell('Müller')).toBe('Müller');
		expect(csvCell(-5)).toBe('-5');
	});
});
