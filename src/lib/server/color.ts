/** WCAG 2 contrast maths for campaign accent colours. */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
	return '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

function luminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The light theme's page background and the text on accent buttons (see app.css). */
const LIGHT_BG = '#f6f5f1';
const LIGHT_ON_ACCENT = '#ffffff';
const DARK_BG = '#131518';
export const MIN_CONTRAST = 4.5;

/** An accent works in the light theme when links on the page and white text on it are readable. */
export function accentReadable(hex: string): boolean {
	return contrast(hex, LIGHT_BG) >= MIN_CONTRAST && contrast(hex, LIGHT_ON_ACCENT) >= MIN_CONTRAST;
}

/**
 * The accent for the dark theme: mixed with white until it reads on the dark background (and
 * dark text on it reads too, which follows from the same contrast).
 */
export function darkVariant(hex: string): string {
	const rgb = parseHex(hex);
	for (let t = 0; t <= 1; t += 0.05) {
		const mixed = toHex(rgb.map((c) => c + (255 - c) * t) as Rgb);
		if (contrast(mixed, DARK_BG) >= 7) return mixed;
	}
	return '#ffffff';
}

/**
 * A soft background tint of the accent (selected answers, highlighted boxes): the accent mixed
 * into the theme's background, so text in the theme's text colour stays as readable on it.
 */
export function softVariant(hex: string, theme: 'light' | 'dark'): string {
	const [bg, share] = theme === 'light' ? [parseHex('#ffffff'), 0.14] : [parseHex(DARK_BG), 0.22];
	const accent = parseHex(hex);
	return toHex(accent.map((c, i) => c * share + (bg[i] as number) * (1 - share)) as Rgb);
}
