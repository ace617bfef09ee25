/** Numbers as the Batch view shows them. */

/** 0.4567 → "45.7 %"; null → "–". */
export function percent(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined ? '–' : `${(x * 100).toFixed(digits)} %`;
}

/**
 * One formatter per number of digits: `toLocaleString` with options builds a new `Intl.NumberFormat`
 * on every call, and the import's progress line calls this on every repaint.
 */
const counters = new Map<number, Intl.NumberFormat>();

/** 1234.5 → "1,235"; null → "–". */
export function count(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined) return '–';
  let f = counters.get(digits);
  if (!f) counters.set(digits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return f.format(x);
}

/** Seconds as "2 h 05 min", "4 min 10 s", "12 s"; null → "–". */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Bytes as "512 MB". */
export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} kB`;
  if (n < 1024 ** 3) return `${Math.round(n / 1024 / 1024)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

export const METHOD_LABEL: Record<string, string> = { cot: 'CoT', code: 'Code', lce: 'LCE', auto: 'Auto' };
