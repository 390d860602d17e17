import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	Tooltip
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface SummaryChartData {
	/** "Werbefläche (Autor: Nein.)" */
	labels: string[];
	/** "Werbefläche": on narrow screens, where the long labels would be cut off. */
	shortLabels: string[];
	/** Per answer: its label, the custom property of its colour and the percent per question. */
	series: { label: string; colorVar: string; values: number[]; author: boolean[] }[];
	/** Larger text (projector). */
	large: boolean;
}

/**
 * The group against the author: stacked bars of Ja / Jein / Nein per question, the author's
 * answer outlined, so agreement and distance read at a glance.
 */
export function drawSummaryChart(canvas: HTMLCanvasElement, data: SummaryChartData) {
	const style = getComputedStyle(canvas);
	const text = style.getPropertyValue('--text').trim();
	const border = style.getPropertyValue('--border').trim();
	const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const size = data.large ? 24 : 13;
	return new Chart(canvas, {
		type: 'bar',
		data: {
			labels: canvas.clientWidth < 600 ? data.shortLabels : data.labels,
			datasets: data.series.map((s) => ({
				label: s.label,
				data: s.values,
				backgroundColor: style.getPropertyValue(s.colorVar).trim(),
				borderColor: text,
				borderWidth: s.author.map((a) => (a ? 3 : 0)),
				borderSkipped: false
			}))
		},
		options: {
			indexAxis: 'y',
			maintainAspectRatio: false,
			animation: reduceMotion ? false : { duration: 400 },
			scales: {
				x: {
					stacked: true,
					min: 0,
					max: 100,
					ticks: {
						color: text,
						font: { size },
						stepSize: data.large ? 25 : 10,
						callback: (v) => `${v} %`
					},
					grid: { color: border }
				},
				y: { stacked: true, ticks: { color: text, font: { size } }, grid: { display: false } }
			},
			plugins: {
				legend: {
					position: 'bottom',
					labels: {
						color: text,
						font: { size },
						// The outline marks the author's answer in the bars, not an answer in the legend.
						generateLabels: (chart) =>
							Chart.defaults.plugins.legend.labels
								.generateLabels(chart)
								.map((item) => ({ ...item, lineWidth: 0 }))
					}
				},
				tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.parsed.x} %` } }
			}
		}
	});
}
