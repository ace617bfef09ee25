/**
 * The Data view's state: the filter, the rows loaded so far (a page at a time, by key: page 1,000
 * costs what page 1 does), the count, the filter menus, the open sample, the delete confirmation
 * and the import. It follows the change feed, so samples written by a run or another tab appear.
 */
import { batch, signal } from '@preact/signals';
import type { Sample } from '../../core/dataset/sample';
import type { DataJobs } from '../../data-io/data-jobs';
import type { ImportReport } from '../../data-io/import-job';
import {
  countSamples, deleteRun, getSample, listProblemSets, listRuns, querySamples, runFootprint, storedModels, storedRunIds,
  type LceStore, type PageCursor, type ProblemSetRecord, type RunFootprint, type SampleFilter, type SampleRow, type StoreChange,
} from '../../store';
import type { StorageReport } from '../../engine/webllm/model-cache';
import { errorSentence } from './error-sentence';

/** Rows read per page. */
export const PAGE_ROWS = 100;
/** How long changes are gathered before the view re-reads (a run stores several samples a second). */
const SETTLE_MS = 300;

/** A run in the filter menu: stored here (with its set and model) or only named by imported samples. */
export interface RunChoice {
  id: string;
  label: string;
}

export interface DataViewDeps {
  store: LceStore;
  jobs: DataJobs;
  storage?: () => Promise<StorageReport>;
  /** Hands a finished file to the browser. */
  download?: (blob: Blob, name: string) => void;
  /** Schedules a re-read (default setTimeout); returns the cancel. */
  later?: (ms: number, fn: () => void) => () => void;
}

const defaultLater = (ms: number, fn: () => void) => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};

export function createDataViewStore(deps: DataViewDeps) {
  const { store, jobs } = deps;
  const filter = signal<SampleFilter>({});
  const rows = signal<SampleRow[]>([]);
  const next = signal<PageCursor | null>(null);
  const total = signal<number | null>(null);
  const loading = signal(false);
  const error = signal<string | null>(null);
  /** Samples stored since the rows were read, when the user has scrolled past the first page. */
  const newer = signal(false);
  const menus = signal<{ runs: RunChoice[]; sets: ProblemSetRecord[]; models: string[] }>({ runs: [], sets: [], models: [] });
  const selected = signal<{ id: string; sample: Sample | null; missing: boolean } | null>(null);
  const confirmDelete = signal<{ runId: string; label: string; footprint: RunFootprint } | null>(null);
  const message = signal<string | null>(null);
  const storage = signal<StorageReport | null>(null);
  const importing = signal<{ report: ImportReport | null; running: boolean; error: string | null } | null>(null);
  const downloading = signal<{ done: number; total: number } | null>(null);
  let generation = 0;
  let downloadController: AbortController | null = null;
  let importController: AbortController | null = null;

  const fail = (err: unknown) => (error.value = errorSentence(err));

  async function reload(): Promise<void> {
    const g = ++generation;
    loading.value = true;
    try {
      const [page, count] = await Promise.all([querySamples(store, filter.value, { limit: PAGE_ROWS }), countSamples(store, filter.value)]);
      if (g !== generation) return;
      batch(() => {
        rows.value = page.rows;
        next.value = page.next;
        total.value = count;
        newer.value = false;
        error.value = null;
      });
    } catch (err) {
      if (g === generation) fail(err);
    } finally {
      if (g === generation) loading.value = false;
    }
  }

  /** Reads the page after the last row, once (scrolling near the end calls it many times). */
  async function loadMore(): Promise<void> {
    const after = next.value;
    if (!after || loading.value) return;
    const g = generation;
    loading.value = true;
    try {
      const page = await querySamples(store, filter.value, { limit: PAGE_ROWS, after });
      if (g !== generation) return;
      batch(() => {
        rows.value = [...rows.value, ...page.rows];
        next.value = page.next;
      });
    } catch (err) {
      if (g === generation) fail(err);
    } finally {
      if (g === generation) loading.value = false;
    }
  }

  async function refreshMenus(): Promise<void> {
    try {
      const [stored, ids, sets, models] = await Promise.all([listRuns(store), storedRunIds(store), listProblemSets(store), storedModels(store)]);
      const known = new Set(stored.map((r) => r.id));
      const runs: RunChoice[] = [
        ...stored.map((r) => ({ id: r.id, label: `${r.id} — ${r.setName}` })),
        ...ids.filter((id) => !known.has(id)).map((id) => ({ id, label: `${id} (imported)` })),
      ];
      menus.value = { runs, sets, models };
      if (deps.storage) storage.value = await deps.storage();
    } catch (err) {
      fail(err);
    }
  }

  function setFilter(patch: Partial<SampleFilter>): void {
    const nextFilter: SampleFilter = { ...filter.value, ...patch };
    for (const key of Object.keys(nextFilter) as Array<keyof SampleFilter>) if (nextFilter[key] === undefined) delete nextFilter[key];
    filter.value = nextFilter;
    void reload();
  }

  async function open(id: string): Promise<void> {
    selected.value = { id, sample: null, missing: false };
    try {
      const sample = await getSample(store, id);
      if (selected.value?.id === id) selected.value = { id, sample: sample ?? null, missing: !sample };
    } catch (err) {
      fail(err);
    }
  }

  async function askDelete(runId: string): Promise<void> {
    try {
      const footprint = await runFootprint(store, runId);
      const label = menus.value.runs.find((r) => r.id === runId)?.label ?? runId;
      confirmDelete.value = { runId, label, footprint };
    } catch (err) {
      fail(err);
    }
  }

  async function deleteConfirmed(): Promise<void> {
    const pending = confirmDelete.value;
    if (!pending) return;
    confirmDelete.value = null;
    try {
      const removed = await deleteRun(store, pending.runId);
      message.value = `Deleted run ${pending.runId}: ${removed.toLocaleString('en-US')} samples, about ${megabytes(pending.footprint.bytes)} freed.`;
      if (selected.value && selected.value.sample?.runId === pending.runId) selected.value = null;
      // Our own change: shown at once, not when the change feed's echo settles.
      if (filter.value.runId === pending.runId) setFilter({ runId: undefined });
      else void reload();
      void refreshMenus();
    } catch (err) {
      fail(err);
    }
  }

  async function importFiles(files: File[]): Promise<void> {
    importController?.abort();
    const controller = (importController = new AbortController());
    importing.value = { report: null, running: true, error: null };
    try {
      const report = await jobs.importFiles(files, (r) => (importing.value = { report: r, running: true, error: null }), controller.signal);
      importing.value = { report, running: false, error: null };
    } catch (err) {
      importing.value = { report: importing.value?.report ?? null, running: false, error: errorSentence(err) ?? 'The import was cancelled; every batch stored before the cancel is kept.' };
    } finally {
      if (importController === controller) importController = null;
      void reload();
      void refreshMenus();
    }
  }

  /** Downloads the samples under the filter as one JSONL file (what another browser imports). */
  async function downloadSamples(): Promise<void> {
    if (downloadController || !deps.download) return;
    const controller = (downloadController = new AbortController());
    downloading.value = { done: 0, total: total.value ?? 0 };
    try {
      const { blob, name, count } = await jobs.downloadSamples(filter.value, (p) => (downloading.value = { done: p.done, total: p.total }), controller.signal);
      deps.download(blob, name);
      message.value = `Downloaded ${name}: ${count.toLocaleString('en-US')} samples (${megabytes(blob.size)}).`;
    } catch (err) {
      const sentence = errorSentence(err);
      if (sentence) error.value = sentence;
    } finally {
      downloadController = null;
      downloading.value = null;
    }
  }

  function cancelImport(): void {
    importController?.abort();
  }

  // Another tab, a run or the data worker wrote: re-read once things settle. Past the first page
  // the rows stay put (re-reading would throw away the user's place) and a notice offers the new ones.
  let pendingChange: (() => void) | null = null;
  const onChange = (change: StoreChange) => {
    if (change.type === 'setting') return;
    pendingChange ??= (deps.later ?? defaultLater)(SETTLE_MS, () => {
      pendingChange = null;
      void refreshMenus();
      if (change.type === 'run-deleted' || rows.value.length <= PAGE_ROWS) void reload();
      else {
        newer.value = true;
        void countSamples(store, filter.value).then((n) => (total.value = n), fail);
      }
    });
  };
  const unsubscribe = store.feed.subscribe(onChange);

  void reload();
  void refreshMenus();

  return {
    filter, rows, next, total, loading, error, newer, menus, selected, confirmDelete, message, storage, importing, downloading,
    reload, loadMore, setFilter, open, askDelete, deleteConfirmed, importFiles, cancelImport, refreshMenus, downloadSamples,
    cancelDownload: () => downloadController?.abort(),
    close: () => selected.value = null,
    cancelDelete: () => (confirmDelete.value = null),
    dispose: () => {
      unsubscribe();
      pendingChange?.();
    },
  };
}

/** A size in MB (or kB under one MB), for sentences. */
export function megabytes(bytes: number): string {
  if (bytes < 2 ** 20) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;
}

export type DataViewStore = ReturnType<typeof createDataViewStore>;
