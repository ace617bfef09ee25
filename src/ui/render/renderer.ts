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
  /** A finished text block: Markdown + LaTeX, sanitised. Rendered once per distinct text. */
  markdown(text: string): string;
  /** A code cell: highlighted, escaped and sanitised. */
  code(code: string, lang?: string): string;
  /** A streaming text block: one HTML string per paragraph; only the last one is new work per frame. */
  streamingMarkdown(text: string): string[];
  /** How many Markdown parses really ran (the memo's misses), for tests and the bench. */
  readonly parses: number;
}

/** Creates a renderer with its own memo caches. */
export function createRenderer(): Renderer {
  const markdown = createMemo((text) => sanitizeHtml(markdownToHtml(text)), 400);
  const chunks = createMemo((text) => sanitizeHtml(markdownToHtml(text)), 400);
  const python = createMemo((code) => sanitizeHtml(highlightCode(code, 'python')), 200);
  return {
    markdown,
    code: (code, lang = 'python') => (lang === 'python' ? python(code) : sanitizeHtml(highlightCode(code, lang))),
    streamingMarkdown: (text) => splitSettled(text).map((chunk) => chunks(chunk)),
    get parses() {
      return markdown.misses + chunks.misses;
    },
  };
}

/** The shared renderer of this page. */
export const renderer: Renderer = createRenderer();
