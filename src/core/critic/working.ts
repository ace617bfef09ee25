/**
 * Policy `final-answer`: a bare answer that is a line of working, computations separated by commas
 * ("16 - 3 - 4 = 9 eggs, 9 × 2 = 18"), each carrying the previous result on, commits to its last
 * result — it is not a list of answers. Only when every step is a computation on numbers and each
 * step starts from the result before it: "x = 3, y = 4" or "2 + 2 = 4, 3 + 3 = 6" stay lists.
 */
import { splitTop } from './split';

const NUMBER = /-?\d+(?:\.\d+)?/g;
// A computation: numbers joined by an operator before its first `=`.
const COMPUTATION = /^\s*\(?\s*-?\d+(?:\.\d+)?\s*\)?\s*(?:[-+*/÷×]|\\times|\\cdot|\\div)/;

/** The last step of a comma-separated line of working that carries each result on; null otherwise. */
export function carriedWorking(text: string): string | null {
  const steps = splitTop(text, /,/).map((s) => s.trim());
  if (steps.length < 2) return null;
  let carried: string | null = null;
  for (const step of steps) {
    const sides = splitTop(step, /=/);
    if (sides.length < 2 || !COMPUTATION.test(sides[0]!)) return null;
    if (carried !== null && sides[0]!.match(NUMBER)?.[0] !== carried) return null;
    const results = sides[sides.length - 1]!.match(NUMBER);
    if (!results || results.length !== 1) return null;
    carried = results[0]!;
  }
  return steps[steps.length - 1]!;
}
