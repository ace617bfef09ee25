/** What an export will hold: the plan's counts (read, left out and why, rows per split) and its first rows as the JSON lines the file will have. */
import type { ExportReport, ExportRow } from '../../../core/dataset';

export function ReportSummary({ report }: { report: ExportReport }) {
  const left = Object.entries(report.filteredOut);
  return (
    <ul class="export-report" data-testid="export-report">
      <li>
        {report.scanned.toLocaleString('en-US')} samples read; {report.candidates.toLocaleString('en-US')} pass the filters.
      </li>
      {left.length > 0 && <li>Left out: {left.map(([why, n]) => `${n.toLocaleString('en-US')} (${why})`).join(', ')}.</li>}
      {report.duplicateIds > 0 && <li>{report.duplicateIds.toLocaleString('en-US')} repeated sample ids counted once.</li>}
      {report.nearDuplicates > 0 && <li>{report.nearDuplicates.toLocaleString('en-US')} near-duplicates removed.</li>}
      {report.invalid + report.unreadable > 0 && <li>{(report.invalid + report.unreadable).toLocaleString('en-US')} records could not be used.</li>}
      <li data-testid="export-rows">
        Rows: {report.records.train.toLocaleString('en-US')} train{report.records.eval > 0 ? `, ${report.records.eval.toLocaleString('en-US')} eval` : ''}.
      </li>
      {report.problems.map((p) => (
        <li key={p} class="hint" data-untrusted>
          {p}
        </li>
      ))}
    </ul>
  );
}

export function ExportPreview({ rows, report, formatLabel }: { rows: readonly ExportRow[]; report: ExportReport; formatLabel: string }) {
  return (
    <section class="export-preview" role="region" aria-label="Export preview">
      <h4>
        Preview — {formatLabel}, first {rows.length} {rows.length === 1 ? 'row' : 'rows'}
      </h4>
      <ReportSummary report={report} />
      {rows.length === 0 && <p class="hint">No row: nothing passes these choices.</p>}
      {rows.map((r, i) => (
        <details key={i} open={i === 0} class="export-row">
          <summary>
            Row {i + 1} ({r.split}) — {r.trace.sample_ids.join(', ')}
          </summary>
          {/* Model text inside: shown as the JSON text it is, never as HTML. */}
          <pre data-untrusted>{JSON.stringify(r.row, null, 2)}</pre>
        </details>
      ))}
    </section>
  );
}
