/** Policy `text`: an answer in words against a reference in words, or words against a value. */
import { freeVars, type Node } from './ast';
import { approx, finite } from './numeric';
import { clip, no, undecided, yes, type Outcome } from './outcome';
import { standaloneNumbers } from './sentence';
import { CONDITION_OPEN, conditionKind, sameCondition, sameText, textKey, wordEquation } from './text';
import type { Value } from './value';

const wordsOnly = (v: Value) => v.k === 'text' || (v.k === 'seq' && v.open === '' && v.items.every((i) => i.k === 'text'));
const NEITHER_NOR = /\bneither\b[\s\S]*\bnor\b/i;

/** Policy `text`: words against words, or words against a value. */
export function compareWords(p: string, g: string, pv: Value, gv: Value, question: string | undefined): Outcome {
  if (sameText(p, g, question) || (pv.k === 'text' && gv.k === 'text' && pv.text === gv.text)) return yes('text', 'The answers say the same words.');
  // "necessary and sufficient" reads as a list of two words; as a kind of condition it is one answer.
  const [cp, cg] = [conditionKind(p, question), conditionKind(g, question)];
  if ([pv, gv].every(wordsOnly) && cp && cg) return sameCondition(cp, cg) === null ? undecided(CONDITION_OPEN) : no('text', 'The answers name different kinds of condition.');
  // "\lim_{x \to 0} \sin\frac{1}{x} = 0" against `does not exist`: working that ends on a finite number gives a value the reference denies.
  if (gv.k === 'text' && NO_VALUE.test(textKey(g)) && /=\s*-?\d+(?:\.\d+)?\s*[.!]?\s*$/.test(p)) return no('rule', 'A value against a reference that says there is none.');
  if (pv.k === 'text' && gv.k === 'text') {
    if (wordEquation(p) !== null && wordEquation(g) !== null) return no('text', 'The answers equate different quantities.');
    // "neither even nor odd" against `odd`: the answer denies the very word the reference says.
    if (NEITHER_NOR.test(p) && !NEITHER_NOR.test(g) && /^[a-z]+$/.test(textKey(g)) && p.toLowerCase().split(/[^a-z]+/).includes(textKey(g))) return no('text', `"${clip(p)}" denies what the reference says.`);
    // Short words (Monday, even) differ for sure; longer phrases may say the same thing differently.
    // "an equilateral triangle" is two words; "The function increases" is a sentence, not short.
    const short = (t: string) => t.trim().replace(/^an?\s+/i, '').split(/\s+/).length <= 2;
    return short(p) && short(g) ? no('text', 'The answers say different things.') : undecided('The answers are phrased differently; the rules cannot tell.');
  }
  // `P = LRMC` (read as a named value) against `MR=SRMC`: no quantity of one is, or holds, one of the other's.
  const [ep, eg] = [wordEquation(p), wordEquation(g)];
  if (ep !== null && eg !== null) {
    const related = ep.split('=').some((a) => eg.split('=').some((b) => a.includes(b) || b.includes(a)));
    return related ? undecided('The answers equate related quantities; the rules cannot tell.') : no('text', 'The answers equate different quantities.');
  }
  if (pv.k === 'text' && gv.k === 'scalar') {
    if (/^[A-Za-z\s]+$/.test(p)) return no('text', 'A word against a value.');
    // `QX7Z`, `abc123`, `12A`: a code with a digit in it, not a number.
    if (/^[A-Za-z0-9-]+$/.test(p) && standaloneNumbers(p).length === 0) return no('rule', `"${clip(p)}" is a code or a word with digits, not a number.`);
  }
  // `0` against `undefined` (the slope of a vertical line): a finite value where the reference says there is none.
  // Infinity is left alone: some write a vertical slope as `\infty`.
  if (gv.k === 'text' && NO_VALUE.test(textKey(g)) && pv.k === 'scalar' && freeVars(pv.node).size === 0 && finiteValue(pv.node)) return no('rule', 'A value against a reference that says there is none.');
  // `b^2 > 4ac` against `b^2 = 4ac`: a strict inequality (read as words when it relates several unknowns) holds where the equation does not.
  if (pv.k === 'text' && INEQUALITY.test(p) && !/=/.test(p) && (gv.k === 'equation' || (gv.k === 'eq' && gv.rhs.k === 'scalar'))) return no('structure', 'An inequality against an equation.');
  return undecided('One side could not be read as mathematics.');
}

// Strict only: `|x - 3| \le 0` is the equation `x = 3`, and `(a - b)^2 \le 0` is `a = b`.
const INEQUALITY = /\S\s*(?:<|>|\\[lg]t\b)\s*\S/;

const NO_VALUE = /^(?:undefined|not defined|(?:it )?does not exist|dne|no value)$/;
const finiteValue = (n: Node) => finite(approx(n));
