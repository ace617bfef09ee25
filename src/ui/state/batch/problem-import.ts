/**
 * Importing a problem set in the page: one import at a time, streamed with progress and a Cancel,
 * then shown (counts, bad lines, merged duplicates) before it is saved; re-run with a field
 * mapping when the importer did not recognise the shape.
 */
import { signal } from '@preact/signals';
import { importProblemStream, type FieldMapping, type ImportProgress, type ImportResult } from '../../../core/problem';
import { saveProblemSet, type LceStore, type ProblemSetRecord } from '../../../store';
import { errorSentence } from '../error-sentence';
import { nextTask, type ImportSource } from './import-source';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: ImportProgress | null }
  | { kind: 'read'; source: ImportSource; result: ImportResult; mapping: FieldMapping | null }
  | { kind: 'failed'; name: string; message: string };

/** Whether a result looks like a shape the importer does not know: nothing kept, and records had no question. */
export function needsMapping(result: ImportResult): boolean {
  if (result.counts.kept > 0 || result.fields.length === 0) return false;
  return result.issues.some((i) => /no question field|no question column|no column/.test(i.reason));
}

export interface ProblemImportDeps {
  store(): Promise<LceStore>;
  /** Waits between chunks (default: one macrotask). */
  breathe?(): Promise<void>;
}

export function createProblemImport(deps: ProblemImportDeps) {
  const state = signal<ImportState>({ kind: 'idle' });
  let controller: AbortController | null = null;

  /** Reads `source` (with `mapping` when given); the result waits in `state` until saved or discarded. */
  async function read(source: ImportSource, mapping: FieldMapping | null = null): Promise<ImportResult | null> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    state.value = { kind: 'reading', name: source.name, progress: null };
    try {
      const { chunks, totalChars } = await source.open(mine.signal);
      const result = await importProblemStream(chunks, {
        source: source.source,
        ...(totalChars !== null ? { totalChars } : {}),
        ...(mapping ? { mapping } : {}),
        signal: mine.signal,
        breathe: deps.breathe ?? nextTask,
        onProgress: (progress) => {
          if (controller === mine) state.value = { kind: 'reading', name: source.name, progress };
        },
      });
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

  /** Stops the import in progress; nothing is kept. */
  function cancel(): void {
    controller?.abort();
    controller = null;
    state.value = { kind: 'idle' };
  }

  /** Saves what was read as a problem set named `name`. */
  async function save(name: string): Promise<ProblemSetRecord> {
    const current = state.value;
    if (current.kind !== 'read') throw new Error('Nothing has been read to save.');
    if (current.result.problems.length === 0) throw new Error('No problem was imported, so there is nothing to save: fix the file or map its fields.');
    const { source, result } = current;
    const record = await saveProblemSet(await deps.store(), {
      name: name.trim() || source.name,
      source: source.source,
      origin: source.origin,
      result,
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
