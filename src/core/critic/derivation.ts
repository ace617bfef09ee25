/**
 * Policy `final-answer` for a response that ends on a line of working rather than a marked answer:
 * `MRS = -\frac{MU_x}{MU_y} = -\frac{1}{2\sqrt{X}}`, `m\dot v = u \Rightarrow v(t) = t/m for t \ge 0`,
 * "…, so $A = \frac{1}{4 - \omega^2}$". What such a line commits to is the value it ends on.
 */
import { repeatingEllipsis } from './normalise';

/** Mathematics with no word of four letters or more outside LaTeX commands (`\text{…}` keeps its words; a name in capitals such as `MRTS` is not a word). */
export function isPureMath(text: string): boolean {
  // Every command goes, `\text` too: the words in its braces stay, but not a command inside them
  // (`\text{\textdegree}`), nor the tail of one that merely starts with "text" (`\textstyle`).
  return !/(?<![A-Za-z])(?=[A-Z]?[a-z])[A-Za-z]{4,}/.test(text.replace(/\\[A-Za-z]+/g, ' '));
}

// A connective before the stated result: "So $x \in [-3, -1]$", "…, so y = 5 - 2x".
const LEADING_CONNECTIVE = /^(?:so|thus|therefore|hence|then|finally)\b\s*,?\s*/i;
// "…, i.e. $\omega \in [2, 3)$": a restatement of the working as its result.
const RESULT_CONNECTIVE = /(?:^|[,;:]\s*|\s)(?:(?:so|thus|therefore|hence|that is)\b|i\.\s?e\.)\s*,?\s*/gi;
// Implications between steps of working: the last step is the result.
const IMPLICATION = /\\(?:Rightarrow|implies|iff|Longrightarrow|Leftrightarrow|therefore)(?![A-Za-z])|⇒|⟹|⟺/g;
// A domain condition after the value: "for t \ge 0", ", x > 0", "\text{ for } x \neq 1".
const CONDITION = /\s*,?\s*(?:\\(?:text|mathrm)\s*\{\s*)?\b(?:for|when|if|where)\b\s*\}?\s*[^=]*?(?:\\[lg]eq?|\\neq|\\in|[<>≤≥≠])[^=]*$/;

// `y(t) = …, t \ge 0`: a bound on the variable after a definition.
const TRAILING_BOUND = /\s*,\s*(?:[A-Za-z]|\\[A-Za-z]+)\s*(?:\\[lg]eq?(?![A-Za-z])|\\neq|[<>≤≥≠])\s*[^=,]*$/;

const WORKING_MARK = /=|⇒|⟹|⟺|\\(?:Rightarrow|implies|iff|Longrightarrow|Leftrightarrow|therefore)|\b(?:so|thus|therefore|hence|then|finally|for|when|if|where|that is)\b|\bi\.\s?e\./i;

/** The value a line of working ends on: after its last "so", its last implication, and its last `=` of a chain. */
export function finalStatement(sentence: string): string {
  // Most answers are a bare value: nothing here can change them (the rules' throughput depends on it).
  if (!WORKING_MARK.test(sentence)) return sentence;
  // `x = 0.1666...` keeps its ellipsis as the repeating decimal it writes; a full stop is dropped.
  let s = repeatingEllipsis(sentence.trim()).replace(/[.;,]+$/, '').trim();
  // "By partial fractions, \therefore y(t) = …": a formula after the last implication, whatever precedes it.
  const lastStep = s.split(IMPLICATION).pop()!.trim();
  if (lastStep !== s && lastStep.length > 0 && isPureMath(lastStep)) s = lastStep;
  let rest: string | null = null;
  for (const m of s.matchAll(RESULT_CONNECTIVE)) rest = s.slice(m.index! + m[0].length);
  if (rest !== null && isPureMath(rest) && rest.trim().length > 0) s = rest.trim();
  else if (!isPureMath(s)) return labelledChain(s) ?? sentence;
  else s = s.replace(LEADING_CONNECTIVE, '');
  if (/\b(?:for|when|if|where)\b/.test(s)) s = s.replace(CONDITION, '');
  if (s.includes('=') && s.includes(',')) s = s.replace(TRAILING_BOUND, '');
  const steps = s.split(IMPLICATION);
  s = steps[steps.length - 1]!.trim();
  // "x = 9 or x = 5", "(x, y) = (1, 2) and (x, y) = (2, 1)": alternatives, not a chain.
  if (/\b(?:or|and)\b/.test(s)) return s;
  const sides = topLevelEquals(s);
  if (sides.length < 3) return s;
  // `$\theta = \frac{1}{3600} = 2.78\times10^{-5}$ rad`: the last side keeps the formula's closing `$`
  // alone, which would open a formula in the rest of the text; a lone `$` is no delimiter there.
  const last = sides[sides.length - 1]!.trim();
  return (last.match(/(?<!\\)\$/g) ?? []).length % 2 === 1 ? last.replace(/(?<!\\)\$/g, '').replace(/\s+/g, ' ').trim() : last;
}

// "Total cost $= 3 \times 12 + 4 = 40$": a quantity named in words (a word of four letters or more), then `=`.
const WORD_LABEL = /^[A-Za-z][A-Za-z' ]{2,40}?\s*\$?\s*=(?!=)/;

/** The last side of a chain after a label in words (`Amount left = 50 - 18 = 32`); null when `s` is not one. */
function labelledChain(s: string): string | null {
  const m = WORD_LABEL.exec(s);
  if (!m || isPureMath(m[0])) return null;
  // A `$` before a digit is currency and goes without a trace (`= **$11**` is `**11**`, still bold); others delimit formulas.
  const sides = topLevelEquals(s.slice(m[0].length).replace(/(?<!\\)\$(?=\d)/g, '').replace(/\$/g, ' ').trim());
  // Every side but the last is mathematics; the last may carry a unit in words ("= 120 miles").
  return sides.length > 0 && sides.slice(0, -1).every(isPureMath) && !/=/.test(m[0].slice(0, -1)) ? sides[sides.length - 1]!.trim() : null;
}

/** The sides of `a = b = c` split at `=` outside brackets; one side when there is a top-level comma or semicolon (a list or a system). */
function topLevelEquals(s: string): string[] {
  const sides: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    // `\,`, `\!`, `\;`: spacing, not a separator (`\{` still opens a set below).
    if (ch === '\\' && /[,;! ]/.test(s[i + 1] ?? '')) {
      i++;
      continue;
    }
    // `\langle a+b, a-b \rangle` (an angle between vectors, an inner product) is a bracket too.
    if (ch === '\\' && /^\\[lr]angle(?![A-Za-z])/.test(s.slice(i, i + 8))) {
      depth += s[i + 1] === 'l' ? 1 : -1;
      i += 6;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    // `r = 1,5` ending the chain: a decimal comma in its last number (policy `notation`), not a list.
    else if (depth === 0 && ch === ',' && /\d/.test(s[i - 1] ?? '') && /^(?:\d{1,2}|\d{4,})\s*$/.test(s.slice(i + 1))) continue;
    else if (depth === 0 && (ch === ',' || ch === ';')) return [s];
    else if (depth === 0 && ch === '=' && !/[<>!=:]/.test(s[i - 1] ?? '') && s[i + 1] !== '=') {
      sides.push(s.slice(from, i));
      from = i + 1;
    }
  }
  sides.push(s.slice(from));
  return sides;
}
