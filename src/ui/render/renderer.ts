/**
 * The heavy half of rendering (marked, KaTeX and its CSS, highlight.js, DOMPurify), loaded lazily by
 * `loadRenderer()` so the first paint does not wait for it. Every output here is sanitised HTML.
 */
import 'katex/dist/katex.min.css';
import { highlightCode } from './highlight';
import { markdownToHtml } from './markdown';
import { createMemo } from './memo';
import { sanitizeHtml } from './sanitize';
import { splitSettled } from './stream-split';

/** Turns untrusted model text into sanitised HTML strings, each memoised by its source. */
export interface Renderer {
  /** Markdown + LaTeX as one sanitised HTML string, memoised (for short texts such as an answer). */
  markdown(text: string): string;
  /**
   * A text block as one sanitised HTML string per paragraph or display formula (see splitSettled).
   * Settled chunks are memoised; with `live`, the last chunk is still growing and is rendered
   * without caching. A block that finishes streaming therefore costs only its last chunk.
   */
  markdownChunks(text: string, live: boolean): string[];
  /** A code cell: highlighted, escaped and sanitised. */
  code(code: string, lang?: string): string;
  /** How many memoised Markdown parses ran (settled chunks and whole texts), for tests and the bench. */
  readonly parses: number;
  /** How many times a live (still growing) chunk was parsed. */
  readonly liveParses: number;
}

/** Creates a renderer with its own memo caches. */
export function createRenderer(): Renderer {
  let direct = 0;
  const render = (text: string) => sanitizeHtml(markdownToHtml(text));
  const markdown = createMemo(render, 200);
  const chunk = createMemo(render, 2000);
  const python = createMemo((code) => sanitizeHtml(highlightCode(code, 'python')), 500);
  return {
    markdown,
    markdownChunks(text, live) {
      const parts = splitSettled(text);
      return parts.map((part, i) => (live && i === parts.length - 1 ? (direct++, render(part)) : chunk(part)));
    },
    code: (code, lang = 'python') => (lang === 'python' ? python(code) : sanitizeHtml(highlightCode(code, lang))),
    get parses() {
      return markdown.misses + chunk.misses;
    },
    get liveParses() {
      return direct;
    },
  };
}

/** The shared renderer of this page. */
export const renderer: Renderer = createRenderer();

/**
 * Runs the first formula and fetches KaTeX's two main fonts while the page is idle, so the first
 * streamed token with math does not pay for compiling the parsers and re-laying out on font arrival.
 */
export function warmUp(): void {
  const run = () => {
    renderer.markdown('Warm-up: $x_1^2 + \\frac{1}{2}$ and `code`.');
    void document.fonts?.load('1em KaTeX_Main').catch(() => undefined);
    void document.fonts?.load('italic 1em KaTeX_Math').catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
