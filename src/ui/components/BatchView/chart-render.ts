/**
 * Chart.js with only the parts the Batch view draws (bars, lines, category and linear axes,
 * legend, tooltip), loaded lazily by `Chart.tsx` so the page's first load does not carry it.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Draws `config` on `canvas`; returns the chart (destroy it before drawing another on the same canvas). */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart {
  return new Chart(canvas, config);
}

export type { Chart, ChartConfiguration };
