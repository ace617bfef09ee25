/**
 * What `lce collect` tells the user: the live progress line (done / total, rate, ETA, accuracy so
 * far per method, samples in flight) and the final summary (one row per method: accuracy, pass@k,
 * maj@k, rounds, code errors, length), both pure text from the runner's own numbers.
 */
import type { BatchOutcome, BatchProgress, ResultRow } from '../core/collect';
import { formatDuration } from './status-line';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const fixed = (x: number | null, digits = 2) => (x === null ? '–' : x.toFixed(digits));

/** The progress line, e.g. `37/120 (30.8%) · 4.2/min · ETA 19 min 40 s · lce 62.0% (21/34) · 3 in flight`. */
export function progressLine(p: BatchProgress): string {
  const parts = [`${p.done}/${p.total} (${((p.done / Math.max(1, p.total)) * 100).toFixed(1)}%)`];
  parts.push(p.samplesPerMinute === null ? 'rate –' : `${p.samplesPerMinute.toFixed(1)}/min`);
  parts.push(p.etaSeconds === null ? 'ETA –' : `ETA ${formatDuration(p.etaSeconds)}`);
  for (const [method, m] of Object.entries(p.perMethod)) {
    if (m) parts.push(`${method} ${pct(m.accuracy)}${m.judged ? ` (${m.correct}/${m.judged})` : ''}`);
  }
  if (p.inFlight.length > 0) parts.push(`${p.inFlight.length} in flight`);
  return `lce collect: ${parts.join(' · ')}`;
}

/** The results table: one row per model × method. */
export function resultsTable(rows: readonly ResultRow[]): string {
  if (rows.length === 0) return '  no samples yet\n';
  const header = ['method', 'samples', 'accuracy', 'pass@k', 'maj@k', 'rounds', 'code err', 'tokens/sample', 'model'];
  const body = rows.map((r) => [
    r.method,
    String(r.samples),
    r.judged ? `${pct(r.accuracy)} (${r.correct}/${r.judged})` : 'no reference',
    r.passAtK.map((p) => `@${p.k} ${fixed(p.value, 3)}`).join(' ') || '–',
    r.majAtK ? `@${r.majAtK.k} ${fixed(r.majAtK.value, 3)}` : '–',
    fixed(r.meanRounds),
    pct(r.codeErrorRate),
    fixed(r.meanCompletionTokens, 0),
    r.model.split('|').filter(Boolean).slice(0, 2).join(' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()}`;
  return [line(header), ...body.map(line)].join('\n') + '\n';
}

/** The closing sentence: how the run ended and what to do next. */
export function endSentence(outcome: BatchOutcome, run: string, out: string, seconds: number): string {
  const p = outcome.progress;
  const where = `${p.done} of ${p.total} samples of run ${run} are in ${out}`;
  const made = `made ${p.madeNow} in ${formatDuration(seconds)}${p.samplesPerMinute ? ` (${p.samplesPerMinute.toFixed(1)}/min)` : ''}`;
  switch (outcome.kind) {
    case 'finished':
      return `lce collect: done — ${where}; ${made}.`;
    case 'paused':
    case 'cancelled':
      return `lce collect: interrupted — ${where}; ${made}. Run the same command again to make the rest.`;
    case 'failed':
      return `lce collect: stopped by an error — ${where}; ${made}. ${outcome.error.message} Run the same command again to resume once it is fixed.`;
  }
}
