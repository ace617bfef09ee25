/** Import samples files (what `lce collect` writes, another browser's download): progress, counts and every bad line named. */
import type { ImportReport } from '../../../data-io/import-job';

export interface ImportSamplesProps {
  state: { report: ImportReport | null; running: boolean; error: string | null } | null;
  disabled: boolean;
  onFiles: (files: File[]) => void;
  onCancel: () => void;
}

function summary(r: ImportReport): string {
  const parts = [`${r.added.toLocaleString('en-US')} added`];
  if (r.alreadyStored) parts.push(`${r.alreadyStored.toLocaleString('en-US')} already stored`);
  if (r.repeated) parts.push(`${r.repeated.toLocaleString('en-US')} repeated in the files`);
  if (r.upgraded) parts.push(`${r.upgraded.toLocaleString('en-US')} written by an older version and upgraded`);
  parts.push(`${r.bad.toLocaleString('en-US')} bad ${r.bad === 1 ? 'line' : 'lines'}`);
  return `${parts.join(', ')}.`;
}

export function ImportSamples({ state, disabled, onFiles, onCancel }: ImportSamplesProps) {
  const report = state?.report ?? null;
  return (
    <div class="import-samples">
      <label class={`button-like${disabled || state?.running ? ' disabled' : ''}`}>
        Import samples…
        <input
          type="file"
          accept=".jsonl,.json,.ndjson,application/x-ndjson,text/plain"
          multiple
          disabled={disabled || state?.running}
          aria-label="Import samples files"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </label>
      {state && (
        <div class="import-status" role="status" aria-live="polite" data-testid="import-status">
          {state.running && (
            <>
              <progress max={report?.bytesTotal || 1} value={report?.bytesRead ?? 0} aria-label="Import progress" />{' '}
              <button type="button" class="ghost" onClick={onCancel}>
                Cancel import
              </button>
            </>
          )}
          {report && <p data-testid="import-summary">{state.running ? 'Importing: ' : state.error ? 'Stopped: ' : 'Imported: '}{summary(report)}</p>}
          {state.error && <p class="run-error" role="alert" data-testid="import-error">{state.error}</p>}
          {report && report.issues.length > 0 && (
            <details>
              <summary>Bad lines ({report.bad.toLocaleString('en-US')}{report.bad > report.issues.length ? `, first ${report.issues.length} listed` : ''})</summary>
              <ul class="issues" data-testid="import-issues">
                {report.issues.map((i) => (
                  <li key={`${i.file}:${i.line}`}>
                    {i.file} line {i.line}: {i.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
