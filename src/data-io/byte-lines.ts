/**
 * Lines of a file read as bytes, the way `lce export` reads samples files: each line is decoded
 * on its own with a fatal UTF-8 decoder, so bytes that are not UTF-8 name their line instead of
 * turning into U+FFFD (which a model may also have written, legitimately). A line longer than
 * `maxBytes` is reported by its length and never buffered. Blank lines are skipped.
 */

/** A line's text and its number (from 1), or why it cannot be read. */
export type ByteLine = { line: number; text: string } | { line: number; reason: string };

/** Longest line kept (a sample is a few kB; the CLI's limit is the same). */
export const MAX_LINE_BYTES = 64 * 2 ** 20;

const NEWLINE = 10;

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Splits byte chunks of any size into decoded lines; `onBytes` hears how many bytes were read so far. */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>, options: { maxBytes?: number; onBytes?: (bytes: number) => void } = {}): AsyncGenerator<ByteLine> {
  const maxBytes = options.maxBytes ?? MAX_LINE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let parts: Uint8Array[] = [];
  let size = 0;
  let line = 0;
  let read = 0;
  const finish = (): ByteLine | null => {
    line++;
    const tooLong = size > maxBytes;
    const whole = tooLong ? null : concat(parts, size);
    // A Windows line ends in \r\n: the \r is not part of the line.
    const bytes = whole && whole.at(-1) === 13 ? whole.subarray(0, -1) : whole;
    const length = size;
    parts = [];
    size = 0;
    if (bytes === null) return { line, reason: `longer than ${Math.round(maxBytes / 2 ** 20)} MB (${Math.round(length / 2 ** 20)} MB)` };
    if (isBlank(bytes)) return null;
    try {
      // A byte-order mark (a Windows editor's) is dropped by the decoder: ignoreBOM is false.
      return { line, text: decoder.decode(bytes) };
    } catch {
      return { line, reason: 'bytes that are not UTF-8' };
    }
  };
  const keep = (piece: Uint8Array) => {
    if (size + piece.length <= maxBytes) parts.push(piece);
    else parts = [];
    size += piece.length;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      keep(chunk.subarray(from, nl));
      const item = finish();
      if (item) yield item;
      from = nl + 1;
    }
    if (from < chunk.length) keep(chunk.slice(from));
    read += chunk.length;
    options.onBytes?.(read);
  }
  if (size > 0) {
    const item = finish();
    if (item) yield item;
  }
}
