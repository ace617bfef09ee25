/**
 * Model text → HTML: Markdown (marked, GFM) with LaTeX (KaTeX) and highlighted fenced code.
 * The result is NOT yet safe: the page always passes it through `sanitizeHtml` (sanitize.ts).
 * This module has no DOM dependency, so it runs and is tested in Node.
 */
import { Marked, type RendererExtension, type TokenizerExtension, type Tokens } from 'marked';
import { highlightCode } from './highlight';
import { maskMath, matchBlockMath, matchInlineMath, nextBlockMathStart, nextMathStart, type MathMatch } from './math-split';
import { escapeHtml, renderTex } from './tex';

interface MathToken extends Tokens.Generic {
  type: string;
  raw: string;
  tex: string;
  display: boolean;
  /** A block of its own rather than display math inside a paragraph. */
  block?: boolean;
}

/** Links may only point to the web or an e-mail address; anything else renders as its text. */
export const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

function renderMath(token: Tokens.Generic): string {
  const t = token as MathToken;
  const html = renderTex(t.tex, t.display);
  if (!t.display) return html;
  // Display math inside a paragraph must stay phrasing content (a <div> would split the <p>).
  return t.block ? `<div class="math-display">${html}</div>\n` : `<span class="math-display">${html}</span>`;
}

/** A marked extension that turns math found by `match` into a KaTeX-rendered token. */
function mathExtension(
  name: string,
  level: 'block' | 'inline',
  start: (src: string) => number,
  match: (src: string) => MathMatch | null,
  block: boolean,
): TokenizerExtension & RendererExtension {
  return {
    name,
    level,
    start: (src: string) => {
      const i = start(src);
      return i < 0 ? undefined : i;
    },
    tokenizer(src: string): MathToken | undefined {
      const m = match(src);
      return m ? { type: name, raw: m.raw, tex: m.tex, display: m.display, block } : undefined;
    },
    renderer: renderMath,
  };
}

function createMarked(): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    async: false,
    extensions: [
      mathExtension('mathBlock', 'block', nextBlockMathStart, matchBlockMath, true),
      mathExtension('math', 'inline', nextMathStart, matchInlineMath, false),
    ],
    hooks: {
      emStrongMask: (src: string) => maskMath(src),
    },
    renderer: {
      // Raw HTML from the model is shown as the text it is, never interpreted.
      html: ({ text }) => escapeHtml(text),
      // No remote resources: an image becomes its alt text, so output cannot make the page fetch a URL.
      image: ({ text }) => (text ? `<span class="md-image">[image: ${escapeHtml(text)}]</span>` : ''),
      code: ({ text, lang }) => {
        const name = (lang ?? '').split(/\s/)[0] ?? '';
        const body = highlightCode(text, name || 'plaintext');
        const cls = name ? ` class="hljs language-${escapeHtml(name.replace(/[^\w-]/g, ''))}"` : ' class="hljs"';
        return `<pre class="md-code"><code${cls}>${body}</code></pre>\n`;
      },
      link(token) {
        const inner = this.parser.parseInline(token.tokens);
        if (!SAFE_LINK.test(token.href.trim())) return `<span class="md-link">${inner}</span>`;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(token.href)}"${title}>${inner}</a>`;
      },
    },
  });
}

// Built when the module loads: the module is itself the lazily loaded renderer chunk, so a later
// build would gain nothing (and mutation testing credited its options to whichever test built it).
const marked = createMarked();

/** Markdown + math + code → unsanitised HTML. Always sanitise before it touches the DOM. */
export function markdownToHtml(text: string): string {
  return marked.parse(text) as string;
}
