/** Every run, newest first: its set, model version, status and size; open one to follow or resume it. */
import type { BatchStore } from '../../state/batch/batch-store';
import { versionLabel } from '../../state/batch/results';
import { METHOD_LABEL, count } from './format';

export function RunList({ batch }: { batch: BatchStore }) {
  const runs = batch.runs.value;
  if (runs.length === 0) return null;
  const shownId = batch.shown.value?.runId;
  return (
    <section class="card run-list" aria-labelledby="runs-title">
      <h2 id="runs-title">Runs</h2>
      <table>
        <thead><tr><th scope="col">Run</th><th scope="col">Set</th><th scope="col">Methods × k</th><th scope="col">Model version</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Open</span></th></tr></thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} class={r.id === shownId ? 'current' : ''}>
              <td><code>{r.id}</code></td>
              <td>{r.setName}</td>
              <td>{r.spec.methods.map((m) => METHOD_LABEL[m]).join(', ')} × {r.spec.k} ({count(r.total)})</td>
              <td>{versionLabel(r.spec.model)}</td>
              <td data-testid={`status-${r.id}`}>{r.status}</td>
              <td><button type="button" class="ghost" disabled={r.id === shownId} onClick={() => void batch.watch(r.id)}>Show</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
