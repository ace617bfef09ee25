/**
 * A `SampleSource` over JSONL files (what `lce collect` writes), for exports that must not hold the
 * files in memory: the scan streams the bytes and remembers each line's byte range, and the
 * second pass reads back only the ranges the plan picked. A line that is not valid UTF-8, not
 * JSON, cut short by a crash or absurdly long is reported as unreadable; the others go on.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import type { SampleRef, SampleSource, SourceItem } from '../core/dataset/source';

/** Lines longer than this are refused rather than buffered (a sample is a few kB). */
export const MAX_LINE_BYTES = 64 * 2 ** 20;

/** Lines of one `load` at most this far apart are read in one go (the bytes between are skipped). */
const MAX_READ_GAP = 64 * 2 ** 10;
/** The most bytes one read of `load` spans (a longer line is read alone). */
const MAX_READ_SPAN = 4 * 2 ** 20;

/** Reads `into.length` bytes from `position`, or fewer at the end of the file; returns how many. */
async function readFully(handle: FileHandle, into: Buffer, position: number): Promise<number> {
  let done = 0;
  while (done < into.length) {
    const { bytesRead } = await handle.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

/** True for an empty line or one of spaces, tabs and carriage returns only. */
function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}

interface LineRef {
  file: number;
  offset: number;
  length: number;
}

function decode(bytes: Buffer): { value: unknown } | { reason: string } {
  if (!isUtf8(bytes)) return { reason: 'not valid UTF-8' };
  try {
    return { value: JSON.parse(bytes.toString('utf8')) };
  } catch (err) {
    return { reason: `not JSON, or cut short (${(err as Error).message})` };
  }
}

/** A source over one or more JSONL files; `close()` releases the handles the second pass opened. */
export function jsonlSource(paths: readonly string[]): SampleSource & { close(): Promise<void> } {
  const handles = new Map<number, FileHandle>();

  async function* scanFile(file: number, signal?: AbortSignal): AsyncGenerator<SourceItem> {
    const path = paths[file]!;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let lineStart = 0;
    let position = 0;
    let lineNo = 0;
    let tooLong = false;
    const finish = (end: number): SourceItem | null => {
      lineNo++;
      const where = `${path} line ${lineNo}`;
      const ref: LineRef = { file, offset: lineStart, length: end - lineStart };
      const bytes = tooLong || pendingBytes > MAX_LINE_BYTES ? null : pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      lineStart = end + 1;
      if (bytes === null) {
        tooLong = false;
        return { kind: 'unreadable', where, reason: `longer than ${MAX_LINE_BYTES / 2 ** 20} MB` };
      }
      if (isBlank(bytes)) return null;
      const decoded = decode(bytes);
      return 'reason' in decoded ? { kind: 'unreadable', where, reason: decoded.reason } : { kind: 'record', ref, where, value: decoded.value };
    };
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal }) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
        if (!tooLong) pending.push(chunk.subarray(from, nl));
        pendingBytes += nl - from;
        const item = finish(position + nl);
        if (item) yield item;
        from = nl + 1;
      }
      if (from < chunk.length && !tooLong) {
        pending.push(chunk.subarray(from));
        pendingBytes += chunk.length - from;
        if (pendingBytes > MAX_LINE_BYTES) {
          tooLong = true;
          pending = [];
        }
      }
      position += chunk.length;
    }
    // A last line without a newline: written in full, or cut short by a crash (then it is not JSON).
    if (pendingBytes > 0 || tooLong) {
      const item = finish(position);
      if (item) yield item;
    }
  }

  return {
    async *scan(signal) {
      for (let file = 0; file < paths.length; file++) yield* scanFile(file, signal);
    },
    async load(refs: readonly SampleRef[]) {
      const lines = refs as readonly LineRef[];
      const out = new Array<unknown>(lines.length);
      // In file order, with lines close to each other read together: one read per span instead
      // of one per line (the plan picks most lines of a region, in roughly file order).
      const order = lines.map((_, i) => i).sort((a, b) => lines[a]!.file - lines[b]!.file || lines[a]!.offset - lines[b]!.offset);
      for (let i = 0; i < order.length; ) {
        const first = lines[order[i]!]!;
        let end = first.offset + first.length;
        let j = i + 1;
        for (; j < order.length; j++) {
          const r = lines[order[j]!]!;
          if (r.file !== first.file || r.offset - end > MAX_READ_GAP || r.offset + r.length - first.offset > MAX_READ_SPAN) break;
          end = Math.max(end, r.offset + r.length);
        }
        let handle = handles.get(first.file);
        if (!handle) handles.set(first.file, (handle = await open(paths[first.file]!, 'r')));
        const span = Buffer.allocUnsafe(end - first.offset);
        const read = await readFully(handle, span, first.offset);
        for (; i < j; i++) {
          const r = lines[order[i]!]!;
          const from = r.offset - first.offset;
          // A file cut short since the scan: the missing lines are reported by the caller.
          const decoded = from + r.length <= read ? decode(span.subarray(from, from + r.length)) : null;
          out[order[i]!] = decoded && 'value' in decoded ? decoded.value : undefined;
        }
      }
      return out;
    },
    async close() {
      for (const h of handles.values()) await h.close();
      handles.clear();
    },
  };
}
