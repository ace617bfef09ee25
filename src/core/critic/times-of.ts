/**
 * Policy `equations`: "The number c is how many times b?" asks for the factor k in `c = k b`, so
 * `c = 0.48b` answers `.48`. Only a constant times the letter the question names (alone, or over a
 * constant: `\frac{12b}{25}`) is read so; anything else in `b` stays an expression.
 */
import { freeVars, type Node } from './ast';
import type { Value } from './value';

// "how many times b", "how many times as large as $b$", "how many times larger than b" (and "greater than").
const HOW_MANY_TIMES = /\bhow many times\s+(?:(?:as\s+\w+\s+as|\w+er\s+than)\s+)?(?:the number\s+)?\$?([A-Za-z])\$?(?![A-Za-z])/i;

/** The factor of `letter` in `node` when `node` is a constant times it; null otherwise. */
function factorOf(node: Node, letter: string): Node | null {
  const isLetter = (n: Node) => n.t === 'sym' && n.name === letter;
  const isConstant = (n: Node) => freeVars(n).size === 0;
  if (node.t === 'mul') {
    if (isLetter(node.b) && isConstant(node.a)) return node.a;
    if (isLetter(node.a) && isConstant(node.b)) return node.b;
  }
  if (node.t === 'div' && isConstant(node.b)) {
    const k = factorOf(node.a, letter);
    return k ? { t: 'div', a: k, b: node.b } : null;
  }
  return null;
}

/**
 * The factor a labelled answer (`c = 0.48b`) gives when the question asks how many times a letter it is
 * and the reference is a constant (against `0.48b` the expression is compared whole); null when it does not apply.
 */
export function timesOf(answer: Value, reference: Value, question: string): Value | null {
  const letter = HOW_MANY_TIMES.exec(question)?.[1];
  if (!letter || answer.k !== 'eq' || answer.rhs.k !== 'scalar' || reference.k !== 'scalar' || freeVars(reference.node).size > 0) return null;
  const k = factorOf(answer.rhs.node, letter);
  return k ? { ...answer.rhs, node: k } : null;
}
