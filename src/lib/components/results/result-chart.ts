import {
	Chart,
	LinearScale,
	PointElement,
	ScatterController,
	Tooltip,
	type ChartConfiguration,
	type Plugin,
	type TooltipItem
} from 'chart.js';
import type { ChartData } from '$lib/results/result-view';

// Only what a dot plot needs: keeps the chart chunk small. The legend is HTML beside the canvas.
Chart.register(ScatterController, PointElement, LinearScale, Tooltip);

/**
 * Breaks a text into lines no wider than `max` pixels, between words and after hyphens
 * ("Kommunikations-|Kanal"); a piece longer than a line keeps a line of its own.
 */
function wrap(context: CanvasRenderingContext2D, text: string, max: number): string[] {
	const pieces = text.split(' ').flatMap((word) => word.split(/(?<=-)/).map((p, i) => [p, i]));
	const lines: string[] = [];
	for (const [piece, indexInWord] of pieces as [string, number][]) {
		const last = lines.at(-1);
		const joined = last === undefined ? piece : `${last}${indexInWord > 0 ? '' : ' '}${piece}`;
		if (last !== undefined && context.measureText(joined).width <= max) {
			lines[lines.length - 1] = joined;
		} else {
			lines.push(piece);
		}
	}
	return lines;
}

function themeColor(element: Element, name: string): string {
	return getComputedStyle(element).getPropertyValue(name).trim() || '#000';
}

/**
 * Draws the dot plot: one row per question (top to bottom), the scale Nein – Jein – Ja across,
 * the article as an outlined diamond and the participant as a dot coloured by the match; where
 * the two differ a line joins them (dashed for partial credit). The credit per question is on
 * the right.
 */
export function drawResultChart(canvas: HTMLCanvasElement, data: ChartData): Chart<'scatter'> {
	const style = getComputedStyle(canvas);
	const color = (name: string) => themeColor(canvas, name);
	const text = color('--text');
	const muted = color('--muted');
	const border = color('--border');
	const surface = color('--surface');
	const matchColor = {
		full: color('--full'),
		partial: color('--partial'),
		different: color('--different')
	};
	const rows = data.rows;
	const n = rows.length;
	// Row i is drawn at y = n - 1 - i, so the first question is on top.
	const y = (i: number) => n - 1 - i;
	const rowAt = (value: number) => rows[n - 1 - Math.round(value)];
	const wide = canvas.clientWidth >= 520;
	const font = { family: style.fontFamily, size: 14 };
	// chart.js gives the labels at most half the width; wrap them to fit instead of cutting them.
	const measure = document.createElement('canvas').getContext('2d');
	const labelWidth = canvas.clientWidth / (wide ? 4 : 2) - 12;
	const labelLines = rows.map((row) => {
		const texts = row.note ? [row.label, `(${row.note})`] : [row.label];
		if (!measure) return texts;
		measure.font = `${font.size}px ${font.family}`;
		return texts.flatMap((text) => wrap(measure, text, labelWidth));
	});

	/** The line between the two markers of a row, drawn under the markers. */
	const gaps: Plugin<'scatter'> = {
		id: 'gaps',
		beforeDatasetsDraw(chart) {
			const { ctx, scales } = chart;
			ctx.save();
			ctx.lineWidth = 2.5;
			rows.forEach((row, i) => {
				if (row.participant === row.author) return;
				ctx.strokeStyle = matchColor[row.match];
				ctx.setLineDash(row.match === 'partial' ? [5, 4] : []);
				ctx.beginPath();
				ctx.moveTo(scales.x!.getPixelForValue(row.participant), scales.y!.getPixelForValue(y(i)));
				ctx.lineTo(scales.x!.getPixelForValue(row.author), scales.y!.getPixelForValue(y(i)));
				ctx.stroke();
			});
			ctx.restore();
		}
	};

	const config: ChartConfiguration<'scatter'> = {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: data.legend.author,
					data: rows.map((row, i) => ({ x: row.author, y: y(i) })),
					// Drawn first (chart.js draws higher orders first): a matching dot shows inside.
					order: 2,
					pointStyle: 'rectRot',
					pointRadius: 11,
					pointHoverRadius: 12,
					borderWidth: 2.5,
					borderColor: text,
					// Filled, so a line ends at the diamond's edge; a matching dot sits inside it.
					backgroundColor: surface
				},
				{
					label: data.legend.participant,
					data: rows.map((row, i) => ({ x: row.participant, y: y(i) })),
					order: 1,
					pointStyle: 'circle',
					pointRadius: 6.5,
					pointHoverRadius: 8,
					borderWidth: 0,
					backgroundColor: rows.map((row) => matchColor[row.match])
				}
			]
		},
		plugins: [gaps],
		options: {
			maintainAspectRatio: false,
			animation: false,
			layout: { padding: { right: 4, left: 4 } },
			interaction: { mode: 'index', intersect: true },
			scales: {
				x: {
					type: 'linear',
					min: -0.3,
					max: 2.3,
					position: 'top',
					afterBuildTicks: (axis) => {
						axis.ticks = [0, 1, 2].map((value) => ({ value }));
					},
					ticks: {
						color: text,
						font: { ...font, size: 15, weight: 'bold' },
						callback: (v) => data.scale[Number(v)] ?? ''
					},
					grid: { color: border },
					border: { display: false }
				},
				y: {
					type: 'linear',
					min: -0.5,
					max: n - 0.5,
					afterBuildTicks: (axis) => {
						axis.ticks = rows.map((_, i) => ({ value: i }));
					},
					ticks: {
						color: text,
						font,
						// A qualified verdict gets a second line in words: "Nein, mit Einschränkung".
						callback: (v) => labelLines[n - 1 - Math.round(Number(v))] ?? ''
					},
					grid: { display: false },
					border: { color: border }
				},
				points: {
					type: 'linear',
					display: wide,
					axis: 'y',
					position: 'right',
					min: -0.5,
					max: n - 0.5,
					afterBuildTicks: (axis) => {
						axis.ticks = rows.map((_, i) => ({ value: i }));
					},
					ticks: { color: muted, font, callback: (v) => rowAt(Number(v))?.points ?? '' },
					grid: { display: false },
					border: { display: false }
				}
			},
			plugins: {
				tooltip: {
					bodyFont: font,
					titleFont: { ...font, weight: 'bold' },
					footerFont: font,
					callbacks: {
						title: (items: TooltipItem<'scatter'>[]) => rows[items[0]?.dataIndex ?? 0]?.label ?? '',
						label: (item: TooltipItem<'scatter'>) => {
							const row = rows[item.dataIndex];
							const value = item.datasetIndex === 0 ? row?.authorLabel : row?.participantLabel;
							return `${item.dataset.label}: ${value ?? ''}`;
						},
						footer: (items: TooltipItem<'scatter'>[]) => {
							const row = rows[items[0]?.dataIndex ?? 0];
							return row ? `${data.legend.points}: ${row.points}` : '';
						}
					}
				}
			}
		}
	};
	return new Chart(canvas, config);
}
