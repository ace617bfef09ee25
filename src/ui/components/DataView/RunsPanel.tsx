/** The runs whose samples are stored, each with Delete — behind a confirmation that says how much goes and the space it frees. */
import type { RunFootprint } from '../../../store';
import type { RunChoice } from '../../state/data-view-store';
import { megabytes } from '../../state/data-view-store';

export interface RunsPanelProps {
  runs: readonly RunChoice[];
  confirm: { runId: string; label: string; footprint: RunFootprint } | null;
  onAskDelete: (runId: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RunsPanel({ runs, confirm, onAskDelete, onConfirm, onCancel }: RunsPanelProps) {
  return (
    <details class="runs-panel card">
      <summary>Runs ({runs.length})</summary>
      {runs.length === 0 && <p class="hint">No run has stored samples yet.</p>}
      <ul class="run-list">
        {runs.map((r) => (
          <li key={r.id} aria-label={r.id}>
            <span>{r.label}</span>
            <button type="button" class="ghost danger" onClick={() => onAskDelete(r.id)}>
              Delete…
            </button>
          </li>
        ))}
      </ul>
      {confirm && (
        <div class="confirm" role="alertdialog" aria-label="Delete run" aria-describedby="delete-run-text">
          <p id="delete-run-text">
            Delete run <strong>{confirm.label}</strong> and its {confirm.footprint.samples.toLocaleString('en-US')} samples? This frees about{' '}
            <strong data-testid="delete-frees">{megabytes(confirm.footprint.bytes)}</strong>
            {confirm.footprint.measured > 0 ? ` (estimated from ${confirm.footprint.measured} of them)` : ''}. It cannot be undone: export what you want to keep first.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={onConfirm}>
              Delete the run
            </button>
            <button type="button" class="ghost" onClick={onCancel} autoFocus>
              Keep it
            </button>
          </div>
        </div>
      )}
    </details>
  );
}
