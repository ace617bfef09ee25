/**
 * The browser export: the export core (two passes over the store's `SampleSource`) into one zip
 * download, a preview of its first rows, and a plain download of the samples themselves (what
 * another browser imports, or `lce export --samples` reads). Read-only: an export interrupted by a
 * cancel, a closed tab or a reload changes nothing stored.
 */
import { exportBundle, previewExport, type ExportOptions, type ExportReport, type ExportRow, type SampleSource, type SourceItem } from '../core/dataset';
import { countSamples, storeSampleSource, type LceStore, type SampleFilter } from '../store';
import { createBlobSink } from './blob-sink';
import { zipFiles } from './zip-files';

/** An export as the view describes it: the core's options, plus what the store picks first (a problem set, a run). */
export interface ExportRequest {
  options: Omit<ExportOptions, 'signal'>;
  storeFilter: SampleFilter;
}

/** Where an export is: reading every sample (pass 1), then writing rows (pass 2). */
export type ExportProgress = { phase: 'reading'; done: number; total: number } | { phase: 'writing'; done: number; total: number };

export interface ExportResult {
  blob: Blob;
  /** The download's file name, e.g. `lce-sft-2026-12-02.zip`. */
  name: string;
  report: ExportReport;
  /** The files inside, with their rows. */
  files: Array<{ name: string; rows?: number }>;
}

export interface PreviewResult {
  rows: ExportRow[];
  report: ExportReport;
  formatLabel: string;
}

/** A source that reports every record the scan reads. */
function counted(source: SampleSource, onRead: (n: number) => void): SampleSource {
  return {
    async *scan(signal) {
      let n = 0;
      for await (const item of source.scan(signal) as AsyncIterable<SourceItem>) {
        if (++n % 256 === 0) onRead(n);
        yield item;
      }
      onRead(n);
    },
    load: (refs, signal) => source.load(refs, signal),
  };
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Builds the zip of one export. */
export async function exportZip(store: LceStore, request: ExportRequest, onProgress?: (p: ExportProgress) => void, signal?: AbortSignal, now = new Date()): Promise<ExportResult> {
  const total = await countSamples(store, request.storeFilter);
  const source = counted(storeSampleSource(store, request.storeFilter), (done) => onProgress?.({ phase: 'reading', done, total }));
  const { planned, files } = await exportBundle(source, { ...request.options, ...(signal ? { signal } : {}) }, undefined, now);
  const rows = planned.report.records.train + planned.report.records.eval;
  let written = 0;
  onProgress?.({ phase: 'writing', done: 0, total: rows });
  const folder = `lce-${planned.format.id}-${stamp(now)}`;
  const blob = await zipFiles(files, {
    folder,
    ...(signal ? { signal } : {}),
    onRow: () => {
      if (++written % 256 === 0 || written === rows) onProgress?.({ phase: 'writing', done: written, total: rows });
    },
  });
  return { blob, name: `${folder}.zip`, report: planned.report, files: files.map((f) => ({ name: f.name, ...(f.rows !== undefined ? { rows: f.rows } : {}) })) };
}

/** The first `limit` rows and the plan's report, for the preview. */
export async function previewRows(store: LceStore, request: ExportRequest, limit = 5, signal?: AbortSignal): Promise<PreviewResult> {
  const { planned, rows } = await previewExport(storeSampleSource(store, request.storeFilter), { ...request.options, ...(signal ? { signal } : {}) }, limit);
  return { rows, report: planned.report, formatLabel: planned.format.label };
}

/** The stored samples under `filter` as one JSONL file, one sample per line, newest first when filtered. */
export async function samplesJsonl(store: LceStore, filter: SampleFilter, onProgress?: (p: ExportProgress) => void, signal?: AbortSignal, now = new Date()): Promise<{ blob: Blob; name: string; count: number }> {
  const total = await countSamples(store, filter);
  const sink = createBlobSink();
  const encoder = new TextEncoder();
  let count = 0;
  let pending = '';
  for await (const item of storeSampleSource(store, filter).scan(signal)) {
    if (item.kind !== 'record') continue;
    pending += `${JSON.stringify(item.value)}\n`;
    if (++count % 256 === 0) {
      sink.push(encoder.encode(pending));
      pending = '';
      onProgress?.({ phase: 'writing', done: count, total });
    }
  }
  sink.push(encoder.encode(pending));
  onProgress?.({ phase: 'writing', done: count, total });
  return { blob: sink.blob('application/x-ndjson'), name: `lce-samples-${stamp(now)}.jsonl`, count };
}
