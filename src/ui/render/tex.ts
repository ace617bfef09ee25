/** LaTeX → HTML through KaTeX, locked down for untrusted input and memoised per formula. */
import katex from 'katex';
import { createMemo } from './memo';

/**
 * `trust: false` turns `\href`, `\url`, `\includegraphics` and `\html*` into inert error text;
 * `maxSize` and `maxExpand` stop a formula from drawing a page-sized rule or expanding a macro bomb.
 * No shared `macros` object, so a `\gdef` in one answer cannot leak into the next.
 */
function options(displayMode: boolean): katex.KatexOptions {
  return {
    displayMode,
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    output: 'htmlAndMathml',
    maxSize: 20,
    maxExpand: 500,
    errorColor: '#c0392b',
  };
}

const inline = createMemo((tex) => katex.renderToString(tex, options(false)));
const display = createMemo((tex) => katex.renderToString(tex, options(true)));

/** KaTeX's HTML for one formula; a parse error comes back as the source shown in the error colour. */
export function renderTex(tex: string, displayMode: boolean): string {
  try {
    return (displayMode ? display : inline)(tex);
  } catch {
    // KaTeX with throwOnError:false still throws on non-parse failures (e.g. too much nesting).
    return `<code class="math-error">${escapeHtml(tex)}</code>`;
  }
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
