/** Policy `equations`: a question that asks for a line wants `x = 9`, not the number 9. */
import { freeVars } from './ast';
import { no } from './outcome';
import type { ValueRule } from './compare';

// The line itself is the answer: an axis or a line of symmetry, an asymptote, a directrix, "the equation of the line …".
const ASKS_LINE = /\b(?:axis|line) of symmetry|\bsymmetry axis|\basymptotes?\b|\bdirect(?:rix|rices)\b|\bequations? of (?:the|its|this|that|each) (?:\w+ ){0,2}(?:line|axis|asymptote|tangent|normal)s?\b/i;

/**
 * Whether the question asks for a line (so `x = 9` is the answer and a bare 9 only its intercept).
 * The pattern ignores case: "Find the Axis of Symmetry" asks for the line as "find the axis of symmetry" does.
 */
export function asksForLine(question: string): boolean {
  return ASKS_LINE.test(question);
}

/**
 * `9` against the reference `x = 9` for "What is the axis of symmetry?": a number is not a line.
 * Only this way round: an answer `x = 9` against a bare reference `9` gives the line and its number.
 */
export const BARE_NUMBER_FOR_LINE: ValueRule = {
  policy: 'equations',
  name: 'a bare number against a line `x = 9` the question asks for (an axis of symmetry, an asymptote, a directrix) is a NO',
  bothWays: false,
  apply: (x, y, _compare, ctx) =>
    x.k === 'scalar' && y.k === 'eq' && /^[xy]$/.test(y.name) && y.rhs.k === 'scalar' && freeVars(y.rhs.node).size === 0 && ctx.question !== undefined && asksForLine(ctx.question)
      ? no('structure', `The question asks for a line; the answer gives a number, not the line ${y.name} = ….`)
      : null,
};
