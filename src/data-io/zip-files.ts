/**
 * One download holding an export's files: a streaming zip (fflate) whose record files are
 * deflated as their rows are rendered, so 100k samples go through with one batch of rows and a
 * few MB of compressed output in memory at a time (see blob-sink.ts).
 */
import { Zip, ZipDeflate } from 'fflate';
import type { ExportFile } from '../core/dataset';
import { InvalidInputError } from '../core/errors';
import { createBlobSink } from './blob-sink';

/** Text gathered before it is encoded and deflated: fewer, larger pushes compress faster. */
const PUSH_CHARS = 256 * 1024;
/** A zip without ZIP64 (fflate writes none) holds files up to 4 GiB. */
const MAX_FILE_BYTES = 0xffffffff;

export interface ZipOptions {
  /** The folder the files unpack into. */
  folder: string;
  /** Deflate level (default 6). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  signal?: AbortSignal;
  /** Hears each row streamed into a record file. */
  onRow?: () => void;
}

/** Zips `files` into one Blob (`application/zip`). Record files are read (pass 2 runs) as they are zipped. */
export async function zipFiles(files: readonly ExportFile[], options: ZipOptions): Promise<Blob> {
  const sink = createBlobSink();
  const encoder = new TextEncoder();
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else sink.push(chunk);
  });
  for (const file of files) {
    const entry = new ZipDeflate(`${options.folder}/${file.name}`, { level: options.level ?? 6 });
    zip.add(entry);
    let size = 0;
    const push = (text: string, final: boolean) => {
      const bytes = encoder.encode(text);
      size += bytes.length;
      if (size > MAX_FILE_BYTES) throw new InvalidInputError('export', `${file.name} would be larger than 4 GB, more than a zip file can hold here; export fewer samples (a run, a model or a problem set at a time)`);
      entry.push(bytes, final);
    };
    if (typeof file.content === 'string') push(file.content, true);
    else {
      let pending = '';
      for await (const text of file.content()) {
        options.signal?.throwIfAborted();
        pending += text;
        options.onRow?.();
        if (pending.length >= PUSH_CHARS) {
          push(pending, false);
          pending = '';
        }
      }
      push(pending, true);
    }
    if (failure) throw failure;
  }
  zip.end();
  if (failure) throw failure;
  return sink.blob('application/zip');
}
