/**
 * Where a problem set's text comes from, as plain data that can cross to the problem worker — a
 * File (a handle, not its bytes), a pasted text, a URL — and its opening as a stream of text
 * chunks for `importProblemStream`. Nothing here reads a whole file into memory: a file and a
 * download are decoded piece by piece (`TextDecoderStream`, bad bytes become U+FFFD, which the
 * importer reports per line).
 */
import { textChunks } from '../core/problem';

export type ImportInput = { kind: 'file'; file: File } | { kind: 'text'; text: string } | { kind: 'url'; href: string };

export interface OpenedInput {
  chunks: AsyncIterable<string> | Iterable<string>;
  /** The size when known (a file's bytes, a download's length), for the progress fraction. */
  totalChars: number | null;
}

/** Characters the importer takes at a time (between two breaths of the page, when it runs there). */
const PIECE_CHARS = 1 << 16;

/** The chunks of a byte stream decoded as UTF-8 (bad bytes become U+FFFD). Read with a reader: not every browser iterates streams. */
async function* decoded(bytes: ReadableStream<Uint8Array>, signal: AbortSignal | undefined): AsyncGenerator<string> {
  const reader = bytes.pipeThrough(new TextDecoderStream('utf-8', { fatal: false }) as unknown as TransformStream<Uint8Array, string>).getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      // A browser may hand over a megabyte at once: cut it so no single step holds the thread long.
      if (value) yield* textChunks(value, PIECE_CHARS);
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}

async function download(href: string, signal: AbortSignal | undefined, fetcher: typeof fetch): Promise<OpenedInput> {
  let response: Response;
  try {
    response = await fetcher(href, signal ? { signal } : {});
  } catch (err) {
    if ((err as { name?: string }).name === 'AbortError') throw err;
    throw new Error(`${href} could not be fetched (${(err as Error).message}). Check the address, that you are online and that the server allows this page (CORS).`);
  }
  if (!response.ok) throw new Error(`${href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; nothing was imported.`);
  if (!response.body) throw new Error(`${href} sent no body; nothing was imported.`);
  const length = Number(response.headers.get('content-length'));
  // A compressed response's length is not the text's: show progress without a fraction then.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  return { chunks: decoded(response.body, signal), totalChars: Number.isFinite(length) && length > 0 && !encoded ? length : null };
}

/**
 * Opens `input` as text chunks. A file's size in bytes stands in for its length in characters; a
 * paste is fed in 256 K-character pieces so progress shows; a download must allow this page (CORS).
 */
export async function openInput(input: ImportInput, signal?: AbortSignal, fetcher: typeof fetch = fetch): Promise<OpenedInput> {
  if (input.kind === 'file') return { chunks: decoded(input.file.stream(), signal), totalChars: input.file.size };
  if (input.kind === 'text') return { chunks: textChunks(input.text, 1 << 18), totalChars: input.text.length };
  return download(input.href, signal, fetcher);
}
