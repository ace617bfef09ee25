/**
 * What an import read, before it is saved: counts, every bad line with its number and reason, the
 * merged duplicates, and a field mapping form when the shape was not recognised.
 */
import { useState } from 'preact/hooks';
import { issuePlace, SUMMARY_ISSUES } from '../../../core/problem';
import type { BatchStore } from '../../state/batch/batch-store';
import type { ImportState } from '../../state/batch/problem-import';
import { FieldMappingForm } from './FieldMappingForm';
import { count } from './format';

const KIND_LABEL = { 'bad-record': 'Not imported', merged: 'Merged', renamed: 'Renamed' } as const;

export function ImportReport({ batch, state }: { batch: BatchStore; state: Extract<ImportState, { kind: 'read' }> }) {
  const { result, source } = state;
  const [name, setName] = useState(source.name);
  const [mapping, setMapping] = useState(result.needsMapping);
  const c = result.counts;
  return (
    <div class="import-report" aria-label="Import report" role="group">
      <p data-testid="import-summary">
        <strong>{source.name}</strong>: {count(c.kept)} {c.kept === 1 ? 'problem' : 'problems'} read ({result.format.toUpperCase()}, {result.shape})
        {c.bad > 0 && <> · {count(c.bad)} not imported</>}
        {c.merged > 0 && <> · {count(c.merged)} duplicate {c.merged === 1 ? 'question' : 'questions'} merged</>}
        {c.renamed > 0 && <> · {count(c.renamed)} renamed</>}
      </p>
      {result.issueCount > 0 && (
        <details class="issues" open={c.kept === 0 || result.issueCount <= 20}>
          <summary>{result.issueCount > SUMMARY_ISSUES ? `The first ${SUMMARY_ISSUES} of ${count(result.issueCount)} notes` : `${count(result.issueCount)} ${result.issueCount === 1 ? 'note' : 'notes'}`}</summary>
          <ol class="issue-list" data-testid="import-issues">
            {result.issues.map((i, n) => (
              <li key={n} class={`issue issue-${i.kind}`}>
                <span class="issue-where">{issuePlace(i)}</span> <span class="issue-kind">{KIND_LABEL[i.kind]}:</span> {i.reason}
              </li>
            ))}
          </ol>
        </details>
      )}
      {mapping ? (
        <FieldMappingForm fields={result.fields} initial={state.mapping} onCancel={() => setMapping(false)} onApply={(m) => void batch.importer.read(source, m)} />
      ) : (
        result.fields.length > 0 && (
          <button type="button" class="ghost" onClick={() => setMapping(true)}>
            Map fields…
          </button>
        )
      )}
      <div class="actions">
        <label class="field inline">
          <span>Name</span>
          <input aria-label="Problem set name" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" disabled={c.kept === 0} onClick={() => void batch.saveImport(name)}>
          Save {count(c.kept)} problems
        </button>
        <button type="button" class="secondary" onClick={batch.importer.discard}>
          Discard
        </button>
      </div>
    </div>
  );
}
