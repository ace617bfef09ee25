/**
 * Reading a problem set and saving it, as one object that runs in the page's thread (Node tests, a
 * fallback) or in the problem worker (workers/problem.worker.ts, reached through problem-jobs.ts):
 * callers do not care where, as with web-llm's in-thread engine and its worker proxy. The problems
 * stay where they were read until saved and the caller gets a summary, so in the page a 50 MB set
 * is neither parsed, cloned nor written to IndexedDB on the main thread.
 */
import { importProblemStream, summariseImport, type FieldMapping, type ImportProgress, type ImportResult, type ImportSummary } from '../core/problem';
import { saveProblemSet, type LceStore, type NewProblemSet, type ProblemSetRecord } from '../store';
import { openInput, type ImportInput } from './problem-input';

export interface ReadRequest {
  input: ImportInput;
  /** The problem-id prefix. */
  source: string;
  mapping: FieldMapping | null;
}

/** A set as saved: everything but what was read. */
export type SaveRequest = Omit<NewProblemSet, 'result'>;

export interface ProblemReader {
  /** Reads `request.input`, reporting progress after each piece, and keeps the problems for `save`. Rejects with the signal's reason when it aborts. */
  read(request: ReadRequest, onProgress: (progress: ImportProgress) => void, signal?: AbortSignal): Promise<ImportSummary>;
  /** Saves the set read last (all or nothing); it is kept for another try when the save fails. */
  save(request: SaveRequest): Promise<ProblemSetRecord>;
  /** Forgets the set read last. */
  discard(): void;
}

export interface ProblemReaderDeps {
  store(): Promise<LceStore>;
  /** Awaited between pieces (the page's thread: a macrotask, so it paints and hears Cancel). */
  breathe?(): Promise<void>;
  fetch?: typeof fetch;
}

/**
 * `report` at most once per `ms` (the first call always): the problem worker reads a 64 K piece in
 * a few milliseconds, and each report it posts costs the page a task and, per frame, a render.
 */
export function atMostEvery<T>(ms: number, report: (value: T) => void, now: () => number = () => performance.now()): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    const t = now();
    if (t - last < ms) return;
    last = t;
    report(value);
  };
}

/** The reader that runs where it is called. */
export function createProblemReader(deps: ProblemReaderDeps): ProblemReader {
  let last: ImportResult | null = null;
  return {
    async read(request, onProgress, signal) {
      last = null;
      const { chunks, totalChars } = await openInput(request.input, signal, deps.fetch);
      const result = await importProblemStream(chunks, {
        source: request.source,
        ...(totalChars !== null ? { totalChars } : {}),
        ...(request.mapping ? { mapping: request.mapping } : {}),
        ...(signal ? { signal } : {}),
        ...(deps.breathe ? { breathe: deps.breathe } : {}),
        onProgress,
      });
      last = result;
      return summariseImport(result);
    },
    async save(request) {
      if (!last) throw new Error('Nothing has been read to save.');
      return saveProblemSet(await deps.store(), { ...request, result: last });
    },
    discard() {
      last = null;
    },
  };
}
