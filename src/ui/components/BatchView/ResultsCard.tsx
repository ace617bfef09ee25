/**
 * Results of every run on the chosen problem set, per model version × method: accuracy, pass@k,
 * maj@k, mean rounds, code-error rate, tokens and response length — as a table and as charts —
 * and the model versions side by side (SIaM's D0 → D1 → D2: accuracy and response length).
 */
import { useMemo, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import type { ResultRow } from '../../../core/collect';
import type { Method } from '../../../core/transcript';
import type { BatchStore } from '../../state/batch/batch-store';
import type { ModelVersion, SetResults } from '../../state/batch/results';
import { ChartView, SERIES_COLOURS } from './Chart';
import { METHOD_LABEL, count, percent } from './format';

export function ResultsCard({ batch }: { batch: BatchStore }) {
  const results = batch.results.value;
  const set = batch.sets.value.find((s) => s.id === batch.form.value.setId);
  if (!set) return null;
  return (
    <section class="card results" aria-labelledby="results-title">
      <header class="pane-head">
        <h2 id="results-title">Results on {set.name}</h2>
        <button type="button" class="ghost" onClick={() => void batch.refreshResults()}>Refresh</button>
      </header>
      {!results ? <p class="hint">Reading the stored samples…</p> : results.rows.length === 0 ? <p class="hint">No sample on this set yet: start a run.</p> : <ResultsBody results={results} />}
    </section>
  );
}

function labelOf(versions: readonly ModelVersion[], key: string): string {
  return versions.find((v) => v.key === key)?.label ?? key;
}

function ResultsBody({ results }: { results: SetResults }) {
  const { rows, versions } = results;
  const ks = [...new Set(rows.flatMap((r) => r.passAtK.map((p) => p.k)))].sort((a, b) => a - b);
  const methods = [...new Set(rows.map((r) => r.method))];
  return (
    <>
      <div class="table-scroll">
        <table class="results-table" data-testid="results-table">
          <thead>
            <tr>
              <th scope="col">Model version</th><th scope="col">Method</th><th scope="col">Problems</th><th scope="col">Samples</th><th scope="col">Accuracy</th>
              {ks.map((k) => <th scope="col" key={k}>pass@{k}</th>)}
              <th scope="col">maj@k</th><th scope="col">Mean rounds</th><th scope="col">Code errors</th><th scope="col">Tokens</th><th scope="col">Mean length (tokens / chars)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.model}|${r.method}`}>
                <th scope="row">{labelOf(versions, r.model)}</th>
                <td>{METHOD_LABEL[r.method]}</td>
                <td>{count(r.problems)}</td>
                <td>{count(r.samples)}</td>
                <td data-testid={`result-accuracy-${r.method}`}>{percent(r.accuracy)} <span class="hint">({count(r.correct)}/{count(r.judged)})</span></td>
                {ks.map((k) => <td key={k}>{percent(r.passAtK.find((p) => p.k === k)?.value ?? null)}</td>)}
                <td>{r.majAtK ? `${percent(r.majAtK.value)} (k = ${r.majAtK.k})` : '–'}</td>
                <td>{count(r.meanRounds, 2)}</td>
                <td>{percent(r.codeErrorRate)}</td>
                <td>{count(r.totalTokens)}</td>
                <td>{count(r.meanCompletionTokens, 0)} / {count(r.meanResponseChars, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AccuracyChart rows={rows} versions={versions} />
      {versions.length > 1 && <CompareVersions rows={rows} versions={versions} methods={methods} />}
    </>
  );
}

/** Accuracy per method, one bar per model version. */
function AccuracyChart({ rows, versions }: { rows: ResultRow[]; versions: ModelVersion[] }) {
  const config = useMemo<ChartConfiguration>(() => {
    const methods = [...new Set(rows.map((r) => r.method))];
    return {
      type: 'bar',
      data: {
        labels: methods.map((m) => METHOD_LABEL[m]),
        datasets: versions.map((v, i) => ({
          label: v.label,
          backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
          maxBarThickness: 56,
          data: methods.map((m) => {
            const a = rows.find((r) => r.model === v.key && r.method === m)?.accuracy;
            return a === null || a === undefined ? null : a * 100;
          }),
        })),
      },
      options: { scales: { y: { min: 0, max: 100, title: { display: true, text: 'accuracy (%)' } } } },
    };
  }, [rows, versions]);
  const summary = rows.map((r) => `${labelOf(versions, r.model)} ${METHOD_LABEL[r.method]}: ${percent(r.accuracy)}`).join('; ');
  return <ChartView config={config} summary={`Accuracy per method. ${summary}`} testId="accuracy-chart" />;
}

/** The model versions side by side for one method: accuracy and mean response length, oldest version first. */
function CompareVersions({ rows, versions, methods }: { rows: ResultRow[]; versions: ModelVersion[]; methods: Method[] }) {
  const [method, setMethod] = useState<Method>(methods[0]!);
  const points = versions.map((v) => ({ v, row: rows.find((r) => r.model === v.key && r.method === method) }));
  const config = useMemo<ChartConfiguration>(() => ({
    type: 'line',
    data: {
      labels: points.map((p) => p.v.label),
      datasets: [
        { label: 'accuracy (%)', yAxisID: 'acc', borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], data: points.map((p) => (p.row?.accuracy == null ? null : p.row.accuracy * 100)) },
        { label: 'mean response length (tokens)', yAxisID: 'len', borderColor: SERIES_COLOURS[1], backgroundColor: SERIES_COLOURS[1], data: points.map((p) => p.row?.meanCompletionTokens ?? null) },
      ],
    },
    options: {
      scales: {
        acc: { type: 'linear', position: 'left', min: 0, max: 100, title: { display: true, text: 'accuracy (%)' } },
        len: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'tokens' } },
      },
    },
  }), [rows, versions, method]);
  return (
    <div class="compare-versions" role="group" aria-label="Model versions side by side">
      <h3>Model versions side by side</h3>
      <label class="field inline">
        <span>Method</span>
        <select aria-label="Method to compare" value={method} onChange={(e) => setMethod((e.currentTarget as HTMLSelectElement).value as Method)}>
          {methods.map((m) => <option key={m} value={m}>{METHOD_LABEL[m]}</option>)}
        </select>
      </label>
      <table class="compare-table" data-testid="compare-table">
        <thead><tr><th scope="col">Version</th>{points.map((p) => <th scope="col" key={p.v.key}>{p.v.label}</th>)}</tr></thead>
        <tbody>
          <tr><th scope="row">Accuracy</th>{points.map((p) => <td key={p.v.key}>{percent(p.row?.accuracy ?? null)}</td>)}</tr>
          <tr><th scope="row">maj@k</th>{points.map((p) => <td key={p.v.key}>{p.row?.majAtK ? percent(p.row.majAtK.value) : '–'}</td>)}</tr>
          <tr><th scope="row">Mean response length (tokens)</th>{points.map((p) => <td key={p.v.key}>{count(p.row?.meanCompletionTokens ?? null)}</td>)}</tr>
          <tr><th scope="row">Samples</th>{points.map((p) => <td key={p.v.key}>{count(p.row?.samples ?? 0)}</td>)}</tr>
        </tbody>
      </table>
      <ChartView config={config} summary={`${METHOD_LABEL[method]} across model versions: ${points.map((p) => `${p.v.label} ${percent(p.row?.accuracy ?? null)}, ${count(p.row?.meanCompletionTokens ?? null)} tokens`).join('; ')}`} testId="versions-chart" />
    </div>
  );
}
