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

export interface DashboardChartData {
	/** "Werbefläche (Autor: Nein.)" */
	labels: string[];
	series: { label: string; values: number[]; color: string }[];
}

/** Horizontal stacked bars: the share of Ja / Jein / Nein per question, in percent. */
export function drawDashboardChart(canvas: HTMLCanvasElement, data: DashboardChartData) {
	const style = getComputedStyle(canvas);
	const text = style.getPropertyValue('--text').trim();
	const border = style.getPropertyValue('--border').trim();
	const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
	return new Chart(canvas, {
		type: 'bar',
		data: {
			labels: data.labels,
			datasets: data.series.map((s) => ({
				label: s.label,
				data: s.values,
				backgroundColor: s.color
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
					ticks: { color: text, callback: (v) => `${v} %` },
					grid: { color: border }
				},
				y: { stacked: true, ticks: { color: text }, grid: { display: false } }
			},
			plugins: {
				legend: { position: 'bottom', labels: { color: text } },
				tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.parsed.x} %` } }
			}
		}
	});
}
