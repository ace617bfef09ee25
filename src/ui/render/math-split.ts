/**
 * Finding LaTeX in model text: `$…$`, `\(…\)` inline; `$$…$$`, `\[…\]` and bare
 * `\begin{align}…\end{align}` display, and a bare `\boxed{…}` inline. Pure string logic, shared by the Markdown extension and its tests.
 */
import { matchBrace } from '../../core/answer';

/** One piece of math found at the start of a string. */
export interface MathMatch {
  /** The source characters consumed, delimiters included. */
  raw: string;
  /** The TeX between the delimiters. */
  tex: string;
  display: boolean;
}

/** True when the character at `i` is escaped by an odd run of backslashes before it. */
function isEscaped(src: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && src[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** Index of the first unescaped `close` at or after `from`, or -1. */
function findClose(src: string, close: string, from: number): number {
  let i = src.indexOf(close, from);
  while (i !== -1 && isEscaped(src, i)) i = src.indexOf(close, i + 1);
  return i;
}

/** A blank line ends a paragraph, so math never spans one (an unclosed `$` stays text). */
function hasBlankLine(s: string): boolean {
  return /\n[ \t]*\n/.test(s);
}

/**
 * `$…$` follows Pandoc's rule so prices stay text: the opening `$` is not followed by a space,
 * the closing one is not preceded by a space nor followed by a digit ("$5 and $10" is not math).
 */
function matchDollar(src: string): MathMatch | null {
  if (src[0] !== '$') return null;
  if (src[1] === '$') {
    const end = findClose(src, '$$', 2);
    if (end < 0) return null;
    const tex = src.slice(2, end);
    if (!tex.trim() || hasBlankLine(tex)) return null;
    return { raw: src.slice(0, end + 2), tex, display: true };
  }
  if (!src[1] || /\s/.test(src[1])) return null;
  let end = findClose(src, '$', 1);
  while (end > 0) {
    const tex = src.slice(1, end);
    if (hasBlankLine(tex)) return null;
    if (!/\s/.test(src[end - 1] ?? '') && !/\d/.test(src[end + 1] ?? '')) {
      return { raw: src.slice(0, end + 1), tex, display: false };
    }
    end = findClose(src, '$', end + 1);
  }
  return null;
}

function matchBracketed(src: string, open: string, close: string, display: boolean): MathMatch | null {
  if (!src.startsWith(open)) return null;
  const end = findClose(src, close, open.length);
  if (end < 0) return null;
  const tex = src.slice(open.length, end);
  if (!tex.trim() || hasBlankLine(tex)) return null;
  return { raw: src.slice(0, end + close.length), tex, display };
}

const ENVIRONMENT = /^\\begin\{(equation|align|gather|multline|alignat|eqnarray)(\*?)\}/;

/** A bare display environment; KaTeX renders it in display mode as it is. */
function matchEnvironment(src: string): MathMatch | null {
  const m = ENVIRONMENT.exec(src);
  if (!m) return null;
  const close = `\\end{${m[1]}${m[2]}}`;
  const end = src.indexOf(close, m[0].length);
  if (end < 0) return null;
  const raw = src.slice(0, end + close.length);
  return { raw, tex: raw, display: true };
}

/**
 * A bare `\boxed{…}` outside any delimiters: models often write the final answer that way, and
 * showing it as raw LaTeX would hide the one thing the reader looks for.
 */
function matchBareBoxed(src: string): MathMatch | null {
  if (!src.startsWith('\\boxed{')) return null;
  const end = matchBrace(src, '\\boxed'.length);
  if (end < 0) return null;
  const raw = src.slice(0, end + 1);
  if (hasBlankLine(raw)) return null;
  return { raw, tex: raw, display: false };
}

/** Math starting exactly at the beginning of `src` (inside a paragraph), or null. */
export function matchInlineMath(src: string): MathMatch | null {
  if (src[0] === '$') return matchDollar(src);
  if (src[0] !== '\\') return null;
  return (
    matchBracketed(src, '\\(', '\\)', false) ??
    matchBracketed(src, '\\[', '\\]', true) ??
    matchEnvironment(src) ??
    matchBareBoxed(src)
  );
}

/**
 * Display math that forms a whole block: optional indent, `$$…$$` / `\[…\]` / an environment,
 * then nothing but spaces up to the end of the line. The trailing newline is consumed.
 */
export function matchBlockMath(src: string): MathMatch | null {
  const indent = /^ {0,3}/.exec(src)?.[0].length ?? 0;
  const rest = src.slice(indent);
  const m = rest.startsWith('$$')
    ? matchDollar(rest)
    : (matchBracketed(rest, '\\[', '\\]', true) ?? matchEnvironment(rest));
  if (!m || !m.display) return null;
  const tail = /^[ \t]*(?:\n|$)/.exec(rest.slice(m.raw.length));
  if (!tail) return null;
  return { raw: src.slice(0, indent + m.raw.length + tail[0].length), tex: m.tex, display: true };
}

/** Index of the first place math could start in `src` (an unescaped `$`, `\(`, `\[`, `\begin{` or `\boxed{`), or -1. */
export function nextMathStart(src: string): number {
  const re = /\$|\\[([]|\\begin\{|\\boxed\{/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (!isEscaped(src, m.index)) return m.index;
  }
  return -1;
}

/** Index of the first line that could open block math (`$$`, `\\[` or `\\begin{` after ≤3 spaces), or -1. */
export function nextBlockMathStart(src: string): number {
  const m = /(?:^|\n) {0,3}(?:\$\$|\\\[|\\begin\{)/.exec(src);
  if (!m) return -1;
  return m[0].startsWith('\n') ? m.index + 1 : m.index;
}

/**
 * Hides the inside of every inline math span behind neutral characters of the same length, so
 * Markdown's emphasis scanner never pairs a `*` or `_` of the text with one inside the math.
 */
export function maskMath(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const at = nextMathStart(src.slice(i));
    if (at < 0) break;
    const m = matchInlineMath(src.slice(i + at));
    if (!m) {
      out += src.slice(i, i + at + 1);
      i += at + 1;
      continue;
    }
    out += src.slice(i, i + at) + 'm'.repeat(m.raw.length);
    i += at + m.raw.length;
  }
  return out + src.slice(i);
}
