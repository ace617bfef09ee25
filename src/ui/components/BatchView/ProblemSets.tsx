/** The problem sets card: the stored sets (choose one, delete one), the importer, the shipped public sets. */
import type { BatchStore } from '../../state/batch/batch-store';
import { ImportPanel } from './ImportPanel';
import { count } from './format';

export function ProblemSets({ batch, busy }: { batch: BatchStore; busy: boolean }) {
  const sets = batch.sets.value;
  const chosen = batch.form.value.setId;
  const bundled = batch.bundled.value;
  const have = new Set(sets.map((s) => s.origin.kind === 'bundled' ? s.source : ''));
  const importing = batch.importer.state.value.kind === 'reading';
  return (
    <section class="card problem-sets" aria-labelledby="sets-title">
      <h2 id="sets-title">Problem sets</h2>
      {sets.length === 0 ? (
        <p class="hint">No problem set yet: add a public one below, or import your own.</p>
      ) : (
        <ul class="set-list" aria-label="Stored problem sets">
          {sets.map((s) => (
            <li key={s.id}>
              <label class="check">
                <input type="radio" name="problem-set" checked={s.id === chosen} disabled={busy} onChange={() => batch.chooseSet(s.id)} />
                <span>
                  <strong>{s.name}</strong> · {count(s.count)} problems · {s.format.toUpperCase()}, {s.shape}
                  {s.licence ? ` · ${s.licence}` : ''}
                  {s.counts.bad + s.counts.merged > 0 ? ` · ${count(s.counts.bad)} bad, ${count(s.counts.merged)} merged at import` : ''}
                </span>
              </label>
              <button type="button" class="ghost" disabled={busy} aria-label={`Delete ${s.name}`} onClick={() => void batch.removeSet(s.id)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <details class="bundled" open={sets.length === 0}>
        <summary>Public problem sets shipped with the app</summary>
        {batch.bundledError.value && <p class="hint">{batch.bundledError.value}</p>}
        {bundled && (
          <ul class="bundled-list">
            {bundled.map((b) => (
              <li key={b.file}>
                <span>
                  <strong>{b.name}</strong> — {b.count} problems · {b.licence} · from <code>{b.upstream}</code>
                </span>
                <button type="button" class="secondary" disabled={importing || have.has(b.source)} onClick={() => void batch.importBundled(b)}>
                  {have.has(b.source) ? 'Added' : `Add ${b.name}`}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
      <ImportPanel batch={batch} />
    </section>
  );
}
