import {
	Chart,
	Legend,
	LinearScale,
	PointElement,
	ScatterController,
	Tooltip,
	type ChartConfiguration,
	type TooltipItem
} from 'chart.js';
import type { ChartData } from '$lib/results/result-view';

// Only what a dot plot needs: keeps the chart chunk small.
Chart.register(ScatterController, PointElement, LinearScale, Legend, Tooltip);

function themeColor(element: Element, name: string): string {
	return getComputedStyle(element).getPropertyValue(name).trim() || '#000';
}

/**
 * Draws the dot plot: one row per question (top to bottom), the scale Nein – Jein – Ja across,
 * the participant as a filled circle and the author as an outlined diamond.
 */
export function drawResultChart(canvas: HTMLCanvasElement, data: ChartData): Chart<'scatter'> {
	const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const text = themeColor(canvas, '--text');
	const muted = themeColor(canvas, '--muted');
	const border = themeColor(canvas, '--border');
	const accent = themeColor(canvas, '--accent');
	const author = themeColor(canvas, '--partial');
	const rows = data.labels.length;
	const toPoints = (xs: number[]) => xs.map((x, i) => ({ x, y: rows - 1 - i }));

	const config: ChartConfiguration<'scatter'> = {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: data.legend.author,
					data: toPoints(data.author),
					pointStyle: 'rectRot',
					pointRadius: 9,
					pointHoverRadius: 10,
					borderWidth: 2.5,
					borderColor: author,
					backgroundColor: 'transparent'
				},
				{
					label: data.legend.participant,
					data: toPoints(data.participant),
					pointStyle: 'circle',
					pointRadius: 6,
					pointHoverRadius: 7,
					borderColor: accent,
					backgroundColor: accent
				}
			]
		},
		options: {
			maintainAspectRatio: false,
			animation: reduceMotion ? false : { duration: 400 },
			layout: { padding: { right: 12 } },
			scales: {
				x: {
					min: -0.25,
					max: 2.25,
					position: 'top',
					afterBuildTicks: (axis) => {
						axis.ticks = [0, 1, 2].map((value) => ({ value }));
					},
					ticks: {
						color: text,
						font: { weight: 'bold' },
						callback: (v) => data.scale[Number(v)] ?? ''
					},
					grid: { color: border }
				},
				y: {
					min: -0.5,
					max: rows - 0.5,
					afterBuildTicks: (axis) => {
						axis.ticks = data.labels.map((_, i) => ({ value: i }));
					},
					ticks: { color: muted, callback: (v) => data.labels[rows - 1 - Number(v)] ?? '' },
					grid: { display: false }
				}
			},
			plugins: {
				legend: { position: 'bottom', labels: { color: text, usePointStyle: true } },
				tooltip: {
					callbacks: {
						title: (items: TooltipItem<'scatter'>[]) =>
							data.labels[rows - 1 - (items[0]?.parsed.y ?? 0)] ?? '',
						label: (item: TooltipItem<'scatter'>) => {
							const x = item.parsed.x ?? 0;
							const nearest = data.scale[Math.round(x)] ?? '';
							return `${item.dataset.label}: ${Number.isInteger(x) ? nearest : `≈ ${nearest}`}`;
						}
					}
				}
			}
		}
	};
	return new Chart(canvas, config);
}
