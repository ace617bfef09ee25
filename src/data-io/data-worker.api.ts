/**
 * The data worker's one object (workers/data.worker.ts): the long jobs over the local database —
 * importing samples files, building an export zip, previewing it, downloading the samples —
 * kept off the page's main thread. The page reaches it through data-jobs.ts only.
 */
import type { SampleFilter } from '../store';
import type { ImportReport } from './import-job';
import type { ExportProgress, ExportRequest, ExportResult, PreviewResult } from './export-job';

export interface DataWorkerApi {
  importFiles(files: File[], onProgress: (report: ImportReport) => void): Promise<ImportReport>;
  exportZip(request: ExportRequest, onProgress: (progress: ExportProgress) => void): Promise<ExportResult>;
  preview(request: ExportRequest, limit: number): Promise<PreviewResult>;
  downloadSamples(filter: SampleFilter, onProgress: (progress: ExportProgress) => void): Promise<{ blob: Blob; name: string; count: number }>;
}

export type { ImportReport, ExportProgress, ExportRequest, ExportResult, PreviewResult };
