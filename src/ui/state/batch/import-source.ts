/**
 * Where a problem set's text comes from — a file, a paste, a URL, a set shipped with the app — with
 * the name and id prefix it proposes. The input itself is plain data (src/data-io/problem-input.ts)
 * so that it can be read in the problem worker, off the page's main thread.
 */
import type { ImportInput } from '../../../data-io/problem-input';
import type { ProblemSetOrigin } from '../../../store';

export interface ImportSource {
  origin: ProblemSetOrigin;
  /** The set's name as first proposed (the file name, the URL's last part). */
  name: string;
  /** The problem-id prefix (`gsm8k-test#12`). */
  source: string;
  licence?: string;
  /** What to read. */
  input: ImportInput;
}

/** A problem-id prefix from a name: letters, digits, `.`, `-`, `_`, without the extension. */
export function sourceFromName(name: string): string {
  const base = name.replace(/\.(jsonl|json|csv|tsv|txt)$/i, '');
  return base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'set';
}

/** A file the user chose or dropped. */
export function fileSource(file: File): ImportSource {
  return {
    origin: { kind: 'file', name: file.name },
    name: file.name.replace(/\.(jsonl|json|csv|tsv|txt)$/i, ''),
    source: sourceFromName(file.name),
    input: { kind: 'file', file },
  };
}

/** Text pasted into the page. */
export function pasteSource(text: string, name = 'Pasted set'): ImportSource {
  return {
    origin: { kind: 'paste' },
    name,
    source: name === 'Pasted set' ? 'pasted' : sourceFromName(name),
    input: { kind: 'text', text },
  };
}

/** A set downloaded from `url` (it must allow this page: CORS). Throws a sentence when `url` is not one. */
export function urlSource(url: string, extra: { name?: string; licence?: string; kind?: 'url' | 'bundled' } = {}): ImportSource {
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
    input: { kind: 'url', href: parsed.href },
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
