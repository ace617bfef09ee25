/** Syntax highlighting with highlight.js core and only the languages LCE needs (keeps the chunk small). */
import hljs from 'highlight.js/lib/core';
import python from 'highlight.js/lib/languages/python';
import { escapeHtml } from './tex';

hljs.registerLanguage('python', python);

/** Highlighted, HTML-escaped code (spans with `hljs-*` classes); unknown languages are escaped only. */
export function highlightCode(code: string, lang = 'python'): string {
  const name = lang.trim().toLowerCase();
  // highlight.js knows `py` as an alias of python, not `python3`.
  const known = name === 'python3' ? 'python' : name;
  if (hljs.getLanguage(known)) return hljs.highlight(code, { language: known, ignoreIllegals: true }).value;
  return escapeHtml(code);
}
