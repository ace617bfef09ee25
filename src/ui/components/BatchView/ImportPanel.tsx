/**
 * Import a problem set from a file (chosen or dropped), a paste or a URL. The text is streamed
 * through the importer with progress and a Cancel; what was read is shown before it is saved.
 */
import { useState } from 'preact/hooks';
import type { BatchStore } from '../../state/batch/batch-store';
import { fileSource, pasteSource, urlSource } from '../../state/batch/import-source';
import { ImportReport } from './ImportReport';
import { count } from './format';

type From = 'file' | 'paste' | 'url';

export function ImportPanel({ batch }: { batch: BatchStore }) {
  const [from, setFrom] = useState<From>('file');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [dragging, setDragging] = useState(false);
  const state = batch.importer.state.value;
  const reading = state.kind === 'reading';
  const readFile = (file: File | undefined) => file && void batch.importer.read(fileSource(file));
  const readUrl = () => {
    try {
      void batch.importer.read(urlSource(url.trim()));
    } catch (err) {
      batch.notice.value = (err as Error).message;
    }
  };
  return (
    <div class="import-panel">
      <h3>Import a problem set</h3>
      <p class="hint">JSONL, JSON or CSV/TSV: GSM8K, MATH/Minerva, SVAMP, AIME/AMC/Gaokao shapes are recognised; map the fields of anything else.</p>
      <div class="segmented" role="radiogroup" aria-label="Import from">
        {(['file', 'paste', 'url'] as const).map((f) => (
          <label key={f} class={from === f ? 'seg checked' : 'seg'}>
            <input type="radio" name="import-from" checked={from === f} disabled={reading} onChange={() => setFrom(f)} />
            <span>{f === 'file' ? 'File' : f === 'paste' ? 'Paste' : 'URL'}</span>
          </label>
        ))}
      </div>
      {from === 'file' && (
        <label
          class={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            readFile(e.dataTransfer?.files[0]);
          }}
        >
          <span>Choose a problem file, or drop it here</span>
          <input
            type="file"
            aria-label="Problem file"
            accept=".jsonl,.json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
            disabled={reading}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              readFile(input.files?.[0]);
              input.value = '';
            }}
          />
        </label>
      )}
      {from === 'paste' && (
        <div class="field">
          <textarea aria-label="Pasted problems" rows={6} placeholder={'{"question": "What is 2 + 3?", "answer": "5"}'} value={text} disabled={reading} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
          <button type="button" disabled={reading || text.trim() === ''} onClick={() => void batch.importer.read(pasteSource(text))}>
            Read pasted problems
          </button>
        </div>
      )}
      {from === 'url' && (
        <div class="field row">
          <input type="url" aria-label="Problem set URL" placeholder="https://example.org/test.jsonl" value={url} disabled={reading} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} />
          <button type="button" disabled={reading || url.trim() === ''} onClick={readUrl}>
            Download and read
          </button>
        </div>
      )}
      {state.kind === 'reading' && <ImportProgressLine state={state} onCancel={batch.importer.cancel} />}
      {state.kind === 'failed' && (
        <p class="banner banner-error" role="alert">
          {state.name}: {state.message}
        </p>
      )}
      {state.kind === 'read' && <ImportReport batch={batch} state={state} />}
    </div>
  );
}

function ImportProgressLine({ state, onCancel }: { state: Extract<BatchStore['importer']['state']['value'], { kind: 'reading' }>; onCancel: () => void }) {
  const p = state.progress;
  const fraction = p?.totalChars ? Math.min(1, p.charsRead / p.totalChars) : null;
  return (
    <div class="import-progress" role="status" aria-live="polite">
      <progress aria-label="Import progress" max={1} value={fraction ?? undefined} />
      <span data-testid="import-progress">
        Reading {state.name}: {p ? `${(p.charsRead / 1e6).toFixed(1)} MB${p.totalChars ? ` of ${(p.totalChars / 1e6).toFixed(1)} MB` : ''} · ${count(p.counts.kept)} problems · ${count(p.counts.bad)} bad` : 'starting…'}
      </span>
      <button type="button" class="secondary" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
