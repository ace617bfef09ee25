/**
 * The export view's state: the choices (format, filters, pairing, α, near-duplicates, eval split),
 * a preview of the first rows, and the export itself — run in the data worker, cancellable, handed
 * to the browser as one zip download. Nothing here writes to the database.
 */
import { signal } from '@preact/signals';
import { EXPORT_FORMATS, type ExportReport, type ExportRow } from '../../core/dataset';
import type { ExportFilters, VerdictFilter } from '../../core/dataset/filters';
import type { PairStrategy } from '../../core/dataset/plan';
import type { PromptFamily } from '../../core/prompt';
import type { Method } from '../../core/transcript';
import type { DataJobs } from '../../data-io/data-jobs';
import type { ExportProgress, ExportRequest } from '../../data-io/export-job';
import { errorSentence } from './error-sentence';

/** Everything the form holds; numbers the user left empty are undefined. */
export interface ExportForm {
  format: string;
  /** Picked in the store before the export reads anything. */
  setId?: string;
  runs: string[];
  models: string[];
  methods: Method[];
  verdicts: VerdictFilter[];
  family?: PromptFamily;
  minRounds?: number;
  maxRounds?: number;
  maxCodeErrorRate?: number;
  minChars?: number;
  maxChars?: number;
  includeUnfinished: boolean;
  dedupe: boolean;
  dedupeThreshold: number;
  pairStrategy: PairStrategy;
  pairCap: number;
  alpha: number;
  evalFraction: number;
  seed: number;
}

export const DEFAULT_FORM: ExportForm = {
  format: EXPORT_FORMATS[0]!.id, runs: [], models: [], methods: [], verdicts: [], includeUnfinished: false,
  dedupe: true, dedupeThreshold: 0.9, pairStrategy: 'one-per-prompt', pairCap: 4, alpha: 0.5, evalFraction: 0, seed: 0,
};

/** The request the data worker runs for `form`. One run is also picked in the store, so the export reads only its samples. */
export function requestOf(form: ExportForm): ExportRequest {
  const filters: ExportFilters = {
    ...(form.verdicts.length ? { verdicts: form.verdicts } : {}),
    ...(form.methods.length ? { methods: form.methods } : {}),
    ...(form.models.length ? { models: form.models } : {}),
    ...(form.runs.length ? { runs: form.runs } : {}),
    ...(form.family ? { family: form.family } : {}),
    ...(form.minRounds !== undefined ? { minRounds: form.minRounds } : {}),
    ...(form.maxRounds !== undefined ? { maxRounds: form.maxRounds } : {}),
    ...(form.maxCodeErrorRate !== undefined ? { maxCodeErrorRate: form.maxCodeErrorRate } : {}),
    ...(form.minChars !== undefined ? { minChars: form.minChars } : {}),
    ...(form.maxChars !== undefined ? { maxChars: form.maxChars } : {}),
    ...(form.includeUnfinished ? { includeUnfinished: true } : {}),
  };
  return {
    options: {
      format: form.format, filters, seed: form.seed, dedupeThreshold: form.dedupe ? form.dedupeThreshold : null,
      evalFraction: form.evalFraction, pairs: { strategy: form.pairStrategy, cap: form.pairCap }, alpha: form.alpha,
    },
    storeFilter: { ...(form.setId ? { setId: form.setId } : {}), ...(form.runs.length === 1 ? { runId: form.runs[0] } : {}) },
  };
}

export interface ExportDeps {
  jobs: DataJobs;
  /** Hands a finished file to the browser (an object URL and a link with `download`). */
  download(blob: Blob, name: string): void;
}

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 5;

export function createExportStore(deps: ExportDeps) {
  const form = signal<ExportForm>({ ...DEFAULT_FORM });
  const preview = signal<{ rows: ExportRow[]; report: ExportReport; formatLabel: string } | null>(null);
  const previewing = signal(false);
  const progress = signal<ExportProgress | null>(null);
  const result = signal<{ name: string; bytes: number; files: Array<{ name: string; rows?: number }>; report: ExportReport } | null>(null);
  const error = signal<string | null>(null);
  let exportController: AbortController | null = null;
  let previewController: AbortController | null = null;

  function update(patch: Partial<ExportForm>): void {
    form.value = { ...form.value, ...patch };
    // A preview of other choices would mislead: it is made again on request.
    preview.value = null;
    result.value = null;
  }

  async function runPreview(): Promise<void> {
    previewController?.abort();
    const controller = (previewController = new AbortController());
    previewing.value = true;
    error.value = null;
    try {
      preview.value = await deps.jobs.preview(requestOf(form.value), PREVIEW_ROWS, controller.signal);
    } catch (err) {
      if (previewController === controller) error.value = errorSentence(err);
    } finally {
      if (previewController === controller) previewing.value = false;
    }
  }

  async function start(): Promise<void> {
    if (exportController) return;
    const controller = (exportController = new AbortController());
    error.value = null;
    result.value = null;
    progress.value = { phase: 'reading', done: 0, total: 0 };
    try {
      const done = await deps.jobs.exportZip(requestOf(form.value), (p) => (progress.value = p), controller.signal);
      deps.download(done.blob, done.name);
      result.value = { name: done.name, bytes: done.blob.size, files: done.files, report: done.report };
    } catch (err) {
      error.value = errorSentence(err);
      if (error.value === null && controller.signal.aborted) error.value = 'The export was cancelled. Nothing stored was changed.';
    } finally {
      exportController = null;
      progress.value = null;
    }
  }

  function cancel(): void {
    exportController?.abort();
    previewController?.abort();
  }

  return { form, preview, previewing, progress, result, error, update, runPreview, start, cancel, running: () => exportController !== null };
}

export type ExportStore = ReturnType<typeof createExportStore>;
