/**
 * Policy `final-answer`: "c = I(0), the initial current." — a formula written without `$` and then only a
 * noun phrase in apposition says what the formula's value is, as `$c = I(0)$, the initial current.` does.
 * Without the marks the sentence reader looks for a number and finds none in `I(0)`; marking the formula
 * lets it read the sentence as the marked one.
 */
import { CHANGES_THE_VALUE } from './apposed';

// The formula before the last comma, a noun phrase after it ("the initial current", "i.e. the initial current");
// a connective may open the sentence ("So c = I(0), …", "Therefore, c = I(0), …"), as it may before a marked formula.
const APPOSITION = /^\s*(?:(?:so|thus|hence|therefore|then)\b\s*,?\s*)?([^$,]*=[^$,]*?)\s*,\s*((?:i\.e\.,?\s+|that is,?\s+)?(?:the|an?)\s+[a-z][a-z\s-]*?)\s*[.!]?\s*$/i;

/** The sentence with its formula set in `$…$` when it is one unmarked formula and a plain noun phrase after a comma; else null. */
export function markedApposition(written: string): string | null {
  if (written.includes('$') || !written.includes('=') || !written.includes(',')) return null;
  const m = APPOSITION.exec(written);
  if (!m) return null;
  const [formula, phrase] = [m[1]!.trim(), m[2]!];
  // A formula has no words of its own outside its commands (`c = I(0)`, `v_0 = \sqrt{2gh}`), a sentence does.
  if (/[A-Za-z]{3,}/.test(formula.replace(/\\[A-Za-z]+/g, ' ')) || CHANGES_THE_VALUE.test(phrase)) return null;
  return `$${formula}$, ${phrase}.`;
}
