/**
 * Imports samples files into the store: streamed line by line (a 150 MB file is never held whole),
 * each line read as a sample (upgraded from an older schema, checked), written in batches of
 * `BATCH` — each batch all or nothing. Bad lines are named with their file, line and reason and the
 * good ones kept; a sample id already stored, or repeated in the files, is present exactly once.
 */
import { readSampleLine } from '../core/dataset/sample-line';
import type { Sample } from '../core/dataset/sample';
import { createRunLookup, putImportedSamples, type LceStore } from '../store';
import { byteLines } from './byte-lines';

/** Samples written per transaction. */
export const BATCH = 500;
/** Bad lines listed in a report (all are counted). */
export const LISTED_ISSUES = 200;

/** A file to import: a browser `File` or anything that streams bytes. */
export interface SampleFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

export interface ImportIssue {
  file: string;
  line: number;
  reason: string;
}

export interface ImportReport {
  files: number;
  /** Non-blank lines read. */
  lines: number;
  added: number;
  /** Samples whose id this database already had. */
  alreadyStored: number;
  /** Lines whose sample id an earlier line of these files had. */
  repeated: number;
  /** Samples read that an older version wrote, upgraded to the current schema. */
  upgraded: number;
  bad: number;
  /** The first `LISTED_ISSUES` bad lines. */
  issues: ImportIssue[];
  bytesRead: number;
  bytesTotal: number;
}

export function emptyImportReport(bytesTotal = 0, files = 0): ImportReport {
  return { files, lines: 0, added: 0, alreadyStored: 0, repeated: 0, upgraded: 0, bad: 0, issues: [], bytesRead: 0, bytesTotal };
}

async function* readChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Imports `files` in order. `onProgress` hears the report after every batch. A storage failure
 * (`StorageFullError`) is thrown as it is: every batch before it is stored, the report said so.
 */
export async function importSampleFiles(store: LceStore, files: readonly SampleFile[], onProgress?: (report: ImportReport) => void, signal?: AbortSignal): Promise<ImportReport> {
  const report = emptyImportReport(files.reduce((n, f) => n + f.size, 0), files.length);
  const seen = new Set<string>();
  const runOf = createRunLookup(store);
  let batch: Sample[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const { written, existing } = await putImportedSamples(store, batch, runOf);
    report.added += written;
    report.alreadyStored += existing;
    batch = [];
    onProgress?.({ ...report, issues: [...report.issues] });
  };
  let before = 0;
  for (const file of files) {
    for await (const item of byteLines(readChunks(file.stream()), { onBytes: (n) => (report.bytesRead = before + n) })) {
      signal?.throwIfAborted();
      report.lines++;
      const read = 'reason' in item ? { kind: 'invalid' as const, reason: item.reason } : readSampleLine(item.text);
      if (read.kind === 'invalid') {
        report.bad++;
        if (report.issues.length < LISTED_ISSUES) report.issues.push({ file: file.name, line: item.line, reason: read.reason });
        continue;
      }
      if (seen.has(read.sample.id)) {
        report.repeated++;
        continue;
      }
      seen.add(read.sample.id);
      batch.push(read.sample);
      if (read.upgradedFrom !== null) report.upgraded++;
      if (batch.length === BATCH) await flush();
    }
    before += file.size;
    report.bytesRead = before;
  }
  await flush();
  return report;
}
