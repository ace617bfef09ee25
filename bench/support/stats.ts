/** Summary statistics the benchmark suites share. */

/**
 * The `p`-quantile of `values` (p from 0 to 1; 0.5 is the median), by the nearest-rank rule on
 * the sorted values; NaN when there are none.
 */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}
