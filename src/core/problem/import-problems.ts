/** Imports a problem set from text: all at once (`importProblems`) or as a stream with progress. */
import { createProblemImporter, formatOf, type ImportOptions } from './importer';
import type { ImportProgress, ImportResult, ProblemFileFormat } from './types';

export type { ImportIssue, ImportResult, ImportCounts, ImportProgress, ProblemFileFormat } from './types';

/** Guesses the format from the content: `[` → JSON, `{` → JSONL (or a pretty-printed JSON object), a tab in the header → TSV, else CSV. */
export function detectFormat(text: string): ProblemFileFormat {
  // The whole text, as the importer sees its whole first line: a 64 KiB cut made a longer first JSONL record look like pretty-printed JSON.
  return formatOf(text, true)!;
}

/** Imports a whole text. `source` names the set and prefixes every problem id. */
export function importProblems(text: string, source: string, format?: ProblemFileFormat): ImportResult {
  const importer = createProblemImporter({ source, ...(format ? { format } : {}) });
  importer.push(text);
  return importer.finish();
}

export interface StreamImportOptions extends ImportOptions {
  /** Characters expected in all (a file's size), for the progress fraction. */
  totalChars?: number;
  onProgress?(progress: ImportProgress): void;
  /**
   * Awaited between chunks, e.g. a macrotask so the page can paint and the user can cancel; the
   * importer itself never waits.
   */
  breathe?(): Promise<void>;
  signal?: AbortSignal;
}

/**
 * Imports a stream of text chunks (a File's stream through a TextDecoderStream, a fetch body, a
 * paste cut into pieces), reporting progress after each chunk. Rejects with the signal's reason
 * when cancelled.
 */
export async function importProblemStream(chunks: AsyncIterable<string> | Iterable<string>, options: StreamImportOptions): Promise<ImportResult> {
  const importer = createProblemImporter(options);
  const totalChars = options.totalChars ?? null;
  for await (const chunk of chunks) {
    options.signal?.throwIfAborted();
    importer.push(chunk);
    options.onProgress?.({ charsRead: importer.charsRead, totalChars, counts: importer.counts });
    if (options.breathe) await options.breathe();
  }
  options.signal?.throwIfAborted();
  return importer.finish();
}

/** Cuts a text into chunks of `size` characters, for feeding a paste through the streaming importer. */
export function* textChunks(text: string, size = 1 << 20): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}
