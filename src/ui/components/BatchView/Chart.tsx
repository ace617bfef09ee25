/**
 * One chart: a canvas drawn by Chart.js (loaded on first use). The canvas is an image with a text
 * summary for screen readers; the numbers themselves are in the results table beside it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';

export interface ChartProps {
  config: ChartConfiguration;
  /** What the chart shows, in words (its accessible name). */
  summary: string;
  testId?: string;
}

/** Colours that read in light and dark themes (Chart.js draws on a canvas: CSS variables do not reach it). */
export const SERIES_COLOURS = ['#2f6fdf', '#d9822b', '#2a9d6f', '#b5479b', '#6b7280', '#c2410c'];

export function ChartView({ config, summary, testId }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let gone = false;
    import('./chart-render')
      .then(({ drawChart }) => {
        if (!gone && canvas.current) chart = drawChart(canvas.current, { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options } } as ChartConfiguration);
      })
      .catch((err: unknown) => setFailed(`The chart could not be drawn (${(err as Error).message}); the table has the same numbers.`));
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [config]);
  if (failed) return <p class="hint">{failed}</p>;
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={summary} data-testid={testId} />
    </div>
  );
}
