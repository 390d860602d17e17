import { stripInvisible } from './clean-text';

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first: = + - @, their
 * full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫, which some spreadsheets read as the ASCII ones),
 * the minus sign, and tab or carriage return.
 */
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212\t\r]/;

/**
 * One cell of CSV for German Excel. Numbers (the app's own figures) go as they are. In text,
 * invisible characters go first (a zero-width space in front of "=" would hide the formula from
 * the check and not from every spreadsheet), then a cell that starts like a formula, after any
 * leading spaces, gets a leading apostrophe.
 */
export function csvCell(value: string | number | null): string {
	if (typeof value === 'number') return String(value);
	let text = value === null ? '' : stripInvisible(value);
	if (FORMULA_START.test(text.trimStart()) || FORMULA_START.test(text)) text = `'${text}`;
	return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV for German Excel: UTF-8 with BOM, semicolons, CRLF. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
