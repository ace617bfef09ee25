/**
 * Policy `final-answer`: a domain condition after a formula says where the formula holds, not what
 * the answer is: "$C(h) = 8 + 4(h-1)$ for positive integers $h$", "… for all real $x$", "… where $h$
 * is a positive integer", "… for $t \ge 0$", "…, $t \ge 0$". It is dropped only right after a formula,
 * and only when it is about a variable that formula uses: in "$f(x)$ is increasing for $x > 2$" the
 * condition is the answer, "$x = 3$ for $a \ge 0$" is one case of a parameter, not a domain, and in
 * "$x \in (1, 3)$, $x \neq 2$" a bound after a condition on x is one more condition.
 */
import { isPureMath } from './derivation';

const ADJECTIVE = String.raw`(?:positive|negative|non-?negative|non-?positive|non-?zero|real|whole|natural|rational|complex|counting|odd|even|integer)`;
const NOUN = String.raw`(?:integers?|numbers?|reals?|naturals?|values?(?:\s+of)?)`;
const KIND = String.raw`(?:${ADJECTIVE}\s+)*${NOUN}`;
// A bound on the variable: `\ge 0`, `\in \mathbb{Z}^+`, `> 0`, `= 1, 2, 3, \dots`.
const BOUND = String.raw`(?:\\(?:[lg]eq?|[lg]eqslant|neq|in)(?![A-Za-z])|[<>≤≥≠∈]|=\s*-?\d+(?:\s*,\s*-?\d+)+\s*,\s*(?:\\[lc]?dots|\.\.\.|…))`;
// The variable, in `$…$`, in `\(…\)` or bare, with a bound or without.
const VARIABLE = String.raw`(?:\$\s*([A-Za-z])\s*(${BOUND}[^$]*)?\$|\\\(\s*([A-Za-z])\s*(${BOUND}[\s\S]*?)?\\\)|([A-Za-z])\s*(${BOUND}.*)?)`;
// What follows "for", "where" or "with": "all real $x$", "positive integers $h$", "$h$ is a positive integer", "$t \ge 0$".
const PHRASE = new RegExp(String.raw`^(?:(?:all|every|each|any)\s+)?(?:${ADJECTIVE}\s+)*(?:${NOUN}\s+)?${VARIABLE}(?:\s*,?\s+(?:is|are|being)\s+(?:an?\s+)?${KIND})?$`, 'i');
const CONDITION = /\\(?:[lg]eq?|[lg]eqslant|neq|in)(?![A-Za-z])|[<>≤≥≠∈]/;
// Where the condition starts: the last "for", "where" or "with" (also `\text{ for }`), or a comma before a bound formula.
const KEYWORD = /(?:\\text\s*\{\s*)?\b(?:for|where|with)\b\s*\}?\s*|,\s*(?=\$\s*[A-Za-z]\s*\\?[<>≤≥≠a-z])/gi;

/** `text` without a domain condition at its end (see the module comment); `text` itself when it has none. */
export function withoutDomain(text: string): string {
  if (!/\b(?:for|where|with)\b|,\s*\$/.test(text)) return text;
  const t = text.replace(/[.;\s]+$/, '');
  let cut = -1;
  let rest = '';
  for (const m of t.matchAll(KEYWORD)) {
    const inMath = (t.slice(0, m.index).match(/\$/g)?.length ?? 0) % 2 === 1;
    if (!inMath) [cut, rest] = [m.index!, t.slice(m.index! + m[0].length)];
  }
  if (cut <= 0) return text;
  const m = PHRASE.exec(rest.replace(/\s*\}\s*$/, '').trim());
  if (!m) return text;
  const variable = (m[1] ?? m[3] ?? m[5])!;
  const head = t.slice(0, cut).replace(/[\s,]+$/, '');
  // The formula the condition follows: the last `$…$` or `\(…\)` the text ends on, or the whole text when it is one (a box's
  // content). Words before "for" ("$f(x)$ is increasing for $x > 2$") make the condition the answer, not a domain.
  const formula = (/\$([^$]+)\$$/.exec(head) ?? /\\\(((?:(?!\\\()[\s\S])+?)\\\)$/.exec(head))?.[1] ?? (isPureMath(head) ? head : null);
  // A bound after a condition on the same variable is one more condition ("$x \in (1, 3)$, $x \neq 2$"), not a domain.
  if (formula === null || (CONDITION.test(formula) && (m[2] ?? m[4] ?? m[6]) !== undefined)) return text;
  // About a variable the formula uses. A command is a backslash and its letters, or `\\` (a line break) and the like: the
  // letter after `\\` starts a name (`\\x = 2`), not a command `\x`.
  return new RegExp(`(?<![A-Za-z\\\\])${variable}(?![A-Za-z])`).test(formula.replace(/\\(?:[A-Za-z]+|[^A-Za-z])/g, ' ')) ? head : text;
}
