/**
 * The page's side of the data worker. Each job gets a worker of its own, ended when the job ends;
 * cancelling terminates it — the only way to stop a worker mid-job (squoosh's rule) — so one
 * job's cancel never touches another. An import cancelled mid-batch loses that batch's
 * transaction only; every batch committed before it stays.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { AbortError } from '../core/errors';
import type { SampleFilter } from '../store';
import type { DataWorkerApi, ExportProgress, ExportRequest, ExportResult, ImportReport, PreviewResult } from './data-worker.api';

export interface DataJobs {
  importFiles(files: File[], onProgress: (report: ImportReport) => void, signal?: AbortSignal): Promise<ImportReport>;
  exportZip(request: ExportRequest, onProgress: (progress: ExportProgress) => void, signal?: AbortSignal): Promise<ExportResult>;
  preview(request: ExportRequest, limit: number, signal?: AbortSignal): Promise<PreviewResult>;
  downloadSamples(filter: SampleFilter, onProgress: (progress: ExportProgress) => void, signal?: AbortSignal): Promise<{ blob: Blob; name: string; count: number }>;
}

export interface SpawnedDataWorker {
  api: Remote<DataWorkerApi>;
  terminate(): void;
}

function spawnDataWorker(): SpawnedDataWorker {
  const worker = new Worker(new URL('../../workers/data.worker.ts', import.meta.url), { type: 'module', name: 'data' });
  return { api: wrap<DataWorkerApi>(worker), terminate: () => worker.terminate() };
}

/** Runs `job` in a fresh worker; rejects with `AbortError` (and ends the worker) when `signal` aborts. */
async function inWorker<T>(spawn: () => SpawnedDataWorker, signal: AbortSignal | undefined, job: (api: Remote<DataWorkerApi>) => Promise<T>): Promise<T> {
  if (signal?.aborted) throw new AbortError('The job');
  const worker = spawn();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new AbortError('The job'));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([job(worker.api), aborted]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    worker.terminate();
  }
}

/**
 * Runs a job that reports progress. A report the worker sent before it was ended can still be in
 * the page's message queue when the job settles; delivered then, it would mark a cancelled job as
 * running again (the export's button stayed disabled). Reports after the job settles, or after a
 * cancel, are dropped.
 */
async function withProgress<P, T>(signal: AbortSignal | undefined, onProgress: (progress: P) => void, job: (report: (progress: P) => void) => Promise<T>): Promise<T> {
  let open = true;
  try {
    return await job((progress) => {
      if (open && !signal?.aborted) onProgress(progress);
    });
  } finally {
    open = false;
  }
}

/** The data jobs, each in its own worker (`spawn` is the test seam). */
export function createDataJobs(spawn: () => SpawnedDataWorker = spawnDataWorker): DataJobs {
  return {
    importFiles: (files, onProgress, signal) => withProgress(signal, onProgress, (report) => inWorker(spawn, signal, (api) => api.importFiles(files, proxy(report)))),
    exportZip: (request, onProgress, signal) => withProgress(signal, onProgress, (report) => inWorker(spawn, signal, (api) => api.exportZip(request, proxy(report)))),
    preview: (request, limit, signal) => inWorker(spawn, signal, (api) => api.preview(request, limit)),
    downloadSamples: (filter, onProgress, signal) => withProgress(signal, onProgress, (report) => inWorker(spawn, signal, (api) => api.downloadSamples(filter, proxy(report)))),
  };
}
