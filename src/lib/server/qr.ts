import QRCode from 'qrcode';

/** Paths already drawn: a dashboard shows the same campaign's code on every visit. */
const drawn = new Map<string, { size: number; path: string }>();
const DRAWN_MAX = 500;

/** A QR code as an SVG path (one square per dark module), so pages draw it as markup, not raw HTML. */
export function qrPath(text: string): { size: number; path: string } {
	let qr = drawn.get(text);
	if (!qr) {
		qr = drawPath(text);
		// Bounded whatever the addresses asked for: the oldest goes first.
		if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
		drawn.set(text, qr);
	}
	return qr;
}

function drawPath(text: string): { size: number; path: string } {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	let path = '';
	for (let y = 0; y < modules.size; y++) {
		for (let x = 0; x < modules.size; x++) {
			if (modules.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
		}
	}
	return { size: modules.size, path };
}

/**
 * The QR code as a standalone SVG file: vector, so it stays sharp on a slide or a printed flyer
 * at any size; the quiet zone of four modules is part of the image.
 */
export function qrSvg(text: string): string {
	const { size, path } = qrPath(text);
	const full = size + 8;
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${full} ${full}" width="1024" height="1024" shape-rendering="crispEdges">` +
		`<rect x="-4" y="-4" width="${full}" height="${full}" fill="#fff"/>` +
		`<path d="${path}" fill="#000"/></svg>\n`
	);
}

/** Pixels of the PNG: 14 cm wide at 300 dpi, enough for a flyer, sharp on a projected slide. */
export const QR_PNG_PIXELS = 1600;

/** The QR code as a PNG file, QR_PNG_PIXELS square, quiet zone included. */
export function qrPng(text: string): Promise<Buffer> {
	return QRCode.toBuffer(text, {
		type: 'png',
		errorCorrectionLevel: 'M',
		margin: 4,
		width: QR_PNG_PIXELS,
		color: { dark: '#000000', light: '#ffffff' }
	});
}
