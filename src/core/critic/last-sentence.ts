/**
 * Where a response written in prose ends: whether a short text is reasoning or a bare answer, and the
 * last sentence that could state the answer (closing remarks, chat and checks after it set aside).
 * Split from response.ts.
 */
import { BARE_ANSWER_MAX_CHARS } from './policy';
import { bracketAfter } from './after-answer';
import { withContinuedDisplay } from './continuation';

/** Reasoning text rather than a bare answer: long or multi-line, with words outside LaTeX commands. */
export function isProse(text: string): boolean {
  if (text.length <= BARE_ANSWER_MAX_CHARS && !text.includes('\n')) return false;
  const words = text.replace(/\\(?:begin|end)\{[a-z*]+\}|\\[A-Za-z]+|Matrix|Rational|Fraction|Interval|FiniteSet|Union|sqrt|array/g, ' ');
  return /[A-Za-z]{4,}/.test(words);
}

/**
 * The last sentence of prose, or null when it says nothing that could be an answer. `remark` may set
 * aside more closing sentences, given the sentence before (closing-remark.ts: a rate or a description).
 */
export function lastSentence(text: string, remark?: (sentence: string, before: string) => boolean): string | null {
  // "i.e. $m = 115$" goes on with the sentence. A display on its own lines ends a sentence of its own: `… is\n\[ 15 \]`; a line in lower case after it goes on with it.
  const sentences = withContinuedDisplay(text)
    .split(/(?<=[.!?])(?<!\b(?:i\.e|e\.g)\.)\s+(?=[A-Z$\\(*])|\n+/)
    .map((x) => x.trim().replace(/^(?:[-*+>]\s+|#+\s*)+/, ''))
    .filter((x) => x.length > 0 && !/^(?:\$\$|\\\[|\\\]|```\w*)$/.test(x));
  // "(The x^3 coefficient, for comparison, is -80.)": a closing remark in brackets, or a "where …" about
  // the notation, is not the answer.
  while (sentences.length > 1 && (isRemark(sentences[sentences.length - 1]!) || remark?.(sentences[sentences.length - 1]!, sentences[sentences.length - 2]!))) sentences.pop();
  const last = sentences[sentences.length - 1] ?? '';
  return last.length > 0 && last.length <= 300 ? last : null;
}

const FOLLOW_UP = /^(?:let me know\b|(?:i )?hope (?:this|that|it) helps\b|feel free to\b|if you (?:have|need|want|'d like)\b|is there anything else\b|would you like\b|do you want\b|happy to help\b|glad to help\b)/i;
const CHECK_LINE = /^(?:\*\*)?(?:check|checking|verification|verify|sanity check)(?:\*\*)?\s*:(?:\*\*)?\s/i;
// A check that finds fault ("Check: 3 + 7 = 10 ≠ 12, wrong.") withdraws the answer: it is no remark to skip.
const FINDS_FAULT = /\b(?:wrong|incorrect|mistake|fails?|not\s+(?:equal|match|right|correct))\b|≠|\\neq|doesn['’]t|does not/i;

function isRemark(sentence: string): boolean {
  // "where C is an arbitrary constant.": notation explained after the answer.
  if (/^(?:where|here)\b/i.test(sentence)) return true;
  // "Let me know if …", "Hope this helps!": chat after the answer; "Check: 7 × 12 = 84 ✓": a check withdraws nothing.
  if (FOLLOW_UP.test(sentence) || (CHECK_LINE.test(sentence) && !FINDS_FAULT.test(sentence))) return true;
  // "(Or 135° if the angle is obtuse.)" offers another answer: not a remark.
  if (bracketAfter(sentence)?.kind === 'alternative') return false;
  return /^\((?!\))[\s\S]*\)[.!]?$/.test(sentence) && /[A-Za-z]{4,}/.test(sentence.replace(/\\[A-Za-z]+/g, ' '));
}

/** Reasoning before the answer even in a short text: several paragraphs, or several sentences (`x = 10. There is one solution: x = 10.`). */
export function isWorking(text: string): boolean {
  if (/\n\s*\n/.test(text)) return true;
  // A first sentence with a value or a formula in it ("x = 10. There is one solution: x = 10."), not "Yes. It converges.";
  // a line after a full stop starts a new sentence whatever its first character ("…, so $c = -3$.\n$x(t) = …$").
  const split = /[^A-Z)\s][.!?](?:\s+\(?[A-Z]|[ \t]*\n)/.exec(text);
  if (split !== null && /[\d=]/.test(text.slice(0, split.index + 1))) return true;
  // "The terms are small. So the series converges absolutely.": a closing "So …" after a sentence of three words or more.
  return /^\S+(?:\s+\S+){2,}?[a-z][.!]\s+(?:So|Thus|Therefore|Hence)\b[^.!?]*[.!]?\s*$/.test(text);
}
