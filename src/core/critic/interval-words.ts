/**
 * Policy `structures`: a range or solution set described in words ("the range of f is all real numbers
 * greater than or equal to 1", "every x less than 5", "So x is at least 2.") is the interval it names. Read
 * only against a reference that is an interval or a union of them; "between a and b" is not read (ends in or out?).
 */
import { HEDGE_WORDS } from './sentence';

const NUMBER = String.raw`\$?\s*(-?\s*\d+(?:\.\d+)?|-?\s*\\frac\s*\{[^{}]+\}\s*\{[^{}]+\})\s*\$?`;
// The bound's own words: "or" and "at least" here say which end is closed, not a doubt.
const LOWER = String.raw`(greater than or equal to|no less than|at least|greater than|more than|larger than|bigger than)`;
const UPPER = String.raw`(less than or equal to|no more than|at most|less than|smaller than)`;
// "all real numbers …", "every x …"; or a sentence that opens on the unknown: "So x is greater than 1."
const SUBJECT = String.raw`(?:^(?:(?:so|thus|therefore|hence)\s*,?\s+)?\$?[a-z]\$?\s+is\s+|\b(?:all|every|any)\s+(?:(?:positive|negative)\s+)?(?:real\s+)?(?:numbers?|reals|values?|x)\s+(?:\$?x\$?\s+)?(?:(?:that|which)\s+(?:are|is)\s+|with\s+\$?x\$?\s+|such\s+that\s+\$?x\$?\s+is\s+)?)`;
const RANGE = new RegExp(String.raw`${SUBJECT}(?:${LOWER}\s+${NUMBER}(?:\s*,?\s*and\s+${UPPER}\s+${NUMBER})?|${UPPER}\s+${NUMBER})`, 'i');

const closedWord = (w: string) => /equal|no (?:less|more)|at (?:least|most)/i.test(w);

/** "all real numbers greater than or equal to 1" → `[1, \infty)`; null when the text names no such range, or doubts it. */
export function intervalInWords(text: string): string | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  // Another "or", "maybe", "not" … outside the bound's own words keeps the answer open.
  if (HEDGE_WORDS.test(text.replace(m[0], ' '))) return null;
  const [, low, lowAt, high, highAt, onlyHigh, onlyHighAt] = m;
  const bare = (n: string) => n.replace(/\s+/g, '');
  if (onlyHigh) return `(-\\infty, ${bare(onlyHighAt!)}${closedWord(onlyHigh) ? ']' : ')'}`;
  const left = `${closedWord(low!) ? '[' : '('}${bare(lowAt!)}`;
  return high ? `${left}, ${bare(highAt!)}${closedWord(high) ? ']' : ')'}` : `${left}, \\infty)`;
}
