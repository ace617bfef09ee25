/**
 * Policy `several-answers`: answers numbered one a line at the end of a response, after its working
 * ("…so $q = 2$ and $a_7 = 48$.\n(1) 48\n(2) 384"), are its answers together, as they are when they are
 * the whole text (`partAnswers` in response.ts reads that case).
 */

// `(1) 48`, `1. 48`, `2) $384$`, `(b): 5`, `**(1)** 48`, `- (1) 48`: a part label, then a short value.
const PART_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*)?(?:\(([1-9]|[a-h])\)|([1-9])[.)]|([a-h])\))(?:\*\*)?\s*:?\s*(\S.{0,39})$/;

/** The values under part labels that close a text after lines of working; null unless there are two or more, labelled 1, 2, … (or a, b, …) in order. */
export function closingParts(text: string): string[] | null {
  // Cheap test first: a line that opens with a first label, indented by any white space as PART_LINE allows.
  if (!/\n\s*(?:[-*+]\s+)?(?:\*\*)?\(?[1a][.)]/.test(text)) return null;
  const lines = text.trimEnd().split('\n');
  const found: RegExpExecArray[] = [];
  for (let i = lines.length - 1; i > 0; i--) {
    const m = PART_LINE.exec(lines[i]!);
    if (!m) break;
    found.unshift(m);
  }
  if (found.length < 2) return null;
  const first = found[0]![1] ?? found[0]![2] ?? found[0]![3]!;
  const start = first.charCodeAt(0);
  if (first !== '1' && first !== 'a') return null;
  if (!found.every((m, k) => (m[1] ?? m[2] ?? m[3]!).charCodeAt(0) === start + k)) return null;
  const values = found.map((m) => m[4]!.trim().replace(/[.;,\s]+$/, '').replace(/^\$([^$]+)\$$/, '$1').trim());
  return values.every(isShortValue) ? values : null;
}

/** A value, not a step of working: no words outside LaTeX commands, and `=` only after a plain name (`a_7 = 48`, not `12 + 30 = 42`). */
function isShortValue(v: string): boolean {
  if (v.length === 0 || /[A-Za-z]{3,}/.test(v.replace(/\\[A-Za-z]+/g, ' '))) return false;
  return !v.includes('=') || /^[A-Za-z](?:_\{?\w+\}?)?\s*=\s*[^=]+$/.test(v);
}
