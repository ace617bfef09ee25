/**
 * Importing a problem set in the page: one import at a time, streamed with progress and a Cancel,
 * then shown (counts, bad lines, merged duplicates) before it is saved; re-run with a field
 * mapping when the importer did not recognise the shape. The reading and saving happen in a
 * `ProblemReader` — the problem worker in the page — and only a summary comes back here.
 */
import { signal } from '@preact/signals';
import type { FieldMapping, ImportProgress, ImportSummary } from '../../../core/problem';
import { createProblemReader, type ProblemReader } from '../../../data-io/problem-reader';
import type { LceStore, ProblemSetRecord } from '../../../store';
import { errorSentence } from '../error-sentence';
import { nextTask, type ImportSource } from './import-source';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: ImportProgress | null }
  | { kind: 'read'; source: ImportSource; result: ImportSummary; mapping: FieldMapping | null }
  | { kind: 'failed'; name: string; message: string };

export interface ProblemImportDeps {
  store(): Promise<LceStore>;
  /** Where sets are read and saved (default: in this thread, on `store`). */
  reader?: ProblemReader;
  /** Waits between chunks when reading in this thread (default: one macrotask). */
  breathe?(): Promise<void>;
  /** Downloads when reading in this thread (default: `fetch`). */
  fetch?: typeof fetch;
  /** Runs a callback before the next paint (default: `requestAnimationFrame` where there is one, else at once). */
  frame?(callback: () => void): void;
}

function defaultFrame(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(callback);
  else callback();
}

/** `show` at most once per `frame`, with the latest value: a worker reports progress faster than the page paints. */
function perFrame<T>(frame: (callback: () => void) => void, show: (value: T) => void): (value: T) => void {
  let latest: { value: T } | null = null;
  return (value) => {
    const scheduled = latest !== null;
    latest = { value };
    if (scheduled) return;
    frame(() => {
      const shown = latest!;
      latest = null;
      show(shown.value);
    });
  };
}

export function createProblemImport(deps: ProblemImportDeps) {
  const state = signal<ImportState>({ kind: 'idle' });
  const reader = deps.reader ?? createProblemReader({ store: deps.store, breathe: deps.breathe ?? nextTask, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  const frame = deps.frame ?? defaultFrame;
  let controller: AbortController | null = null;

  /** Reads `source` (with `mapping` when given); the summary waits in `state` until saved or discarded. */
  async function read(source: ImportSource, mapping: FieldMapping | null = null): Promise<ImportSummary | null> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    state.value = { kind: 'reading', name: source.name, progress: null };
    const progress = perFrame<ImportProgress>(frame, (p) => {
      // A frame may come after the read ended or was replaced: only a read still going shows it.
      if (controller === mine && state.value.kind === 'reading') state.value = { kind: 'reading', name: source.name, progress: p };
    });
    try {
      const result = await reader.read({ input: source.input, source: source.source, mapping }, progress, mine.signal);
      if (controller !== mine) return null;
      state.value = { kind: 'read', source, result, mapping };
      return result;
    } catch (err) {
      if (controller !== mine) return null;
      const message = errorSentence(err);
      state.value = message === null ? { kind: 'idle' } : { kind: 'failed', name: source.name, message };
      return null;
    } finally {
      if (controller === mine) controller = null;
    }
  }

  /** Stops the import in progress, or drops what was read; nothing is kept. */
  function cancel(): void {
    controller?.abort();
    controller = null;
    reader.discard();
    state.value = { kind: 'idle' };
  }

  /** Saves what was read as a problem set named `name`. */
  async function save(name: string): Promise<ProblemSetRecord> {
    const current = state.value;
    if (current.kind !== 'read') throw new Error('Nothing has been read to save.');
    if (current.result.counts.kept === 0) throw new Error('No problem was imported, so there is nothing to save: fix the file or map its fields.');
    const { source } = current;
    const record = await reader.save({
      name: name.trim() || source.name,
      source: source.source,
      origin: source.origin,
      ...(source.licence ? { licence: source.licence } : {}),
    });
    state.value = { kind: 'idle' };
    return record;
  }

  function discard(): void {
    cancel();
  }

  return { state, read, cancel, save, discard };
}

export type ProblemImport = ReturnType<typeof createProblemImport>;
