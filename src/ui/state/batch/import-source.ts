/**
 * Where a problem set's text comes from — a file, a paste, a URL, a set shipped with the app — as a
 * stream of text chunks for `importProblemStream`. Nothing here reads a whole file into memory: a
 * file and a download are decoded piece by piece (`TextDecoderStream`, bad bytes become U+FFFD,
 * which the importer reports per line).
 */
import { textChunks } from '../../../core/problem';
import type { ProblemSetOrigin } from '../../../store';

export interface ImportSource {
  origin: ProblemSetOrigin;
  /** The set's name as first proposed (the file name, the URL's last part). */
  name: string;
  /** The problem-id prefix (`gsm8k-test#12`). */
  source: string;
  licence?: string;
  /** Opens the text; `totalChars` is the size when known (a file's bytes, a download's length). */
  open(signal: AbortSignal): Promise<{ chunks: AsyncIterable<string> | Iterable<string>; totalChars: number | null }>;
}

/** A problem-id prefix from a name: letters, digits, `.`, `-`, `_`, without the extension. */
export function sourceFromName(name: string): string {
  const base = name.replace(/\.(jsonl|json|csv|tsv|txt)$/i, '');
  return base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'set';
}

/** Characters the importer takes between two breaths of the page. */
const PIECE_CHARS = 1 << 16;

/** The chunks of a byte stream decoded as UTF-8 (bad bytes become U+FFFD). Read with a reader: not every browser iterates streams. */
async function* decoded(bytes: ReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<string> {
  const reader = bytes.pipeThrough(new TextDecoderStream('utf-8', { fatal: false }) as unknown as TransformStream<Uint8Array, string>).getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      // A browser may hand over a megabyte at once: cut it so no single step holds the page long.
      if (value) yield* textChunks(value, PIECE_CHARS);
    }
  } finally {
    signal.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}

/** A file the user chose or dropped. Its size in bytes stands in for its length in characters. */
export function fileSource(file: File): ImportSource {
  return {
    origin: { kind: 'file', name: file.name },
    name: file.name.replace(/\.(jsonl|json|csv|tsv|txt)$/i, ''),
    source: sourceFromName(file.name),
    open: async (signal) => ({ chunks: decoded(file.stream(), signal), totalChars: file.size }),
  };
}

/** Text pasted into the page, fed in 256 K-character pieces so progress shows and the page breathes. */
export function pasteSource(text: string, name = 'Pasted set'): ImportSource {
  return {
    origin: { kind: 'paste' },
    name,
    source: name === 'Pasted set' ? 'pasted' : sourceFromName(name),
    open: async () => ({ chunks: textChunks(text, 1 << 18), totalChars: text.length }),
  };
}

/** A set downloaded from `url` (it must allow this page: CORS). */
export function urlSource(url: string, fetcher: typeof fetch = fetch, extra: { name?: string; licence?: string; kind?: 'url' | 'bundled' } = {}): ImportSource {
  let parsed: URL;
  try {
    parsed = new URL(url, globalThis.location?.href);
  } catch {
    throw new Error(`"${url}" is not a URL. Give an address such as https://example.org/problems.jsonl.`);
  }
  const last = decodeURIComponent(parsed.pathname.split('/').filter(Boolean).at(-1) ?? parsed.hostname);
  const name = extra.name ?? last.replace(/\.(jsonl|json|csv|tsv|txt)$/i, '');
  return {
    origin: { kind: extra.kind ?? 'url', url: parsed.href, name: last },
    name,
    source: sourceFromName(extra.kind === 'bundled' ? last : name),
    ...(extra.licence ? { licence: extra.licence } : {}),
    async open(signal) {
      let response: Response;
      try {
        response = await fetcher(parsed.href, { signal });
      } catch (err) {
        if ((err as { name?: string }).name === 'AbortError') throw err;
        throw new Error(`${parsed.href} could not be fetched (${(err as Error).message}). Check the address, that you are online and that the server allows this page (CORS).`);
      }
      if (!response.ok) throw new Error(`${parsed.href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; nothing was imported.`);
      if (!response.body) throw new Error(`${parsed.href} sent no body; nothing was imported.`);
      const length = Number(response.headers.get('content-length'));
      // A compressed response's length is not the text's: show progress without a fraction then.
      const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
      return { chunks: decoded(response.body, signal), totalChars: Number.isFinite(length) && length > 0 && !encoded ? length : null };
    },
  };
}

/** Waits one macrotask, so the page can paint and handle a click (Cancel) between two chunks. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
