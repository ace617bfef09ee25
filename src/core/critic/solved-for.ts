/** Policy `equations`: a question that asks for one unknown written in terms of another wants the relation solved for it. */
import { freeVars, type Node } from './ast';
import { no, type Outcome } from './outcome';
import type { Value } from './value';

// A letter as the question writes it: `y`, `$y$`, `\(y\)`.
const LETTER = String.raw`(?:\$|\\\()?\s*([A-Za-z])\s*(?:\$|\\\))?`;

const ASKS = [
  // "writing y as a function of x", "express y as a function of x"
  new RegExp(String.raw`(?<![A-Za-z])${LETTER}\s+as\s+a\s+function\s+of\b`),
  // "express y in terms of x", "find y in terms of x"
  new RegExp(String.raw`\b(?:express|write|find|give|solve\s+for)\s+${LETTER}\s+in\s+terms\s+of\b`, 'i'),
  // "solve for y", "make y the subject"
  new RegExp(String.raw`\bsolve\s+(?:it\s+|the\s+\w+\s+)?for\s+${LETTER}(?![A-Za-z])`, 'i'),
  new RegExp(String.raw`\bmake\s+${LETTER}\s+the\s+subject\b`, 'i'),
];

/**
 * The unknown the question asks the relation to be solved for ("writing y as a function of x",
 * "express y in terms of x", "solve for y"): `x = \frac{5 - y}{2}` is the same relation as
 * `y = -2x + 5` but not the form asked for. Null when the question asks for no such form.
 */
export function asksSolvedFor(question: string): string | null {
  for (const re of ASKS) {
    const m = re.exec(question);
    if (m) return m[1]!;
  }
  return null;
}

/** `y = …` or `… = y`, the other side free of y: the equation is solved for y. */
function isSolvedFor(lhs: Node, rhs: Node, name: string): boolean {
  const lone = (n: Node) => n.t === 'sym' && n.name === name;
  return (lone(lhs) && !freeVars(rhs).has(name)) || (lone(rhs) && !freeVars(lhs).has(name));
}

/**
 * `2x + y = 5` against `y = -2x + 5` for "write y as a function of x": the reference is solved for
 * the unknown the question names and the answer is not, so it does not give the form asked for.
 */
export function notInAskedForm(p: Value, g: Value, question: string | undefined): Outcome | null {
  const asked = question === undefined ? null : asksSolvedFor(question);
  if (!asked || p.k !== 'equation' || g.k !== 'equation' || !isSolvedFor(g.lhs, g.rhs, asked) || isSolvedFor(p.lhs, p.rhs, asked)) return null;
  return no('structure', `The answer is not solved for ${asked}, as the question asks.`);
}
