/**
 * Policy `decimals` with variables: `0.707c` against `\frac{c}{\sqrt{2}}`. The decimal is a rounding of
 * the other side's coefficient of the same factor, judged like a lone decimal against a value; probing
 * alone would call any rounding different.
 */
import type { Node } from './ast';
import { freeVars, hasApprox } from './ast';
import { approx, type C } from './numeric';
import { decimalMatches, roundsToReference } from './decimals';
import { no, yes, type Outcome } from './outcome';

/** `0.707 c`, `c \cdot 0.707` or `1.43 \times 10^{7}\,\frac{L}{c^2}` (also negated): the decimal and the factor with variables it multiplies. */
function split(node: Node): { dec: Node; rest: Node } | null {
  if (node.t === 'neg') {
    const inner = split(node.a);
    return inner && { dec: { t: 'neg', a: inner.dec }, rest: inner.rest };
  }
  if (node.t !== 'mul') return null;
  const factors = product(node);
  const decimals = factors.filter(lone);
  // Only one decimal, and a factor without decimals of its own: in `0.5 \cdot 1.2x` no one decimal is the rounding.
  if (decimals.length !== 1) return null;
  const rest = factors.filter((f) => f !== decimals[0]);
  if (rest.some(hasApprox)) return null;
  const restNode = rest.reduce((a, b) => ({ t: 'mul', a, b }));
  return freeVars(restNode).size > 0 ? { dec: decimals[0]!, rest: restNode } : null;
}

/** The factors of a product, in order (`a \cdot b \cdot c` however it nests). */
function product(node: Node): Node[] {
  return node.t === 'mul' ? [...product(node.a), ...product(node.b)] : [node];
}

/** A decimal literal, negated or not (in `1.43 \times 10^{7}\,x` the decimal is 1.43: the power of ten is a factor like x). */
function lone(n: Node): boolean {
  return (n.t === 'num' && n.approx) || (n.t === 'neg' && lone(n.a));
}

/**
 * The verdict when one side is a decimal times a factor of which the other (exact) side is a constant
 * multiple (`ratio` gives that constant, or null); null when neither is.
 */
export function decimalCoefficient(p: Node, g: Node, ratio: (a: Node, b: Node) => C | null, fmt: (v: C) => string): Outcome | null {
  for (const [side, other, isAnswer] of [[p, g, true], [g, p, false]] as const) {
    const s = split(side);
    // The other side may hold decimals inside an expression (`\frac{10^5}{0.007}x`: exact as written), not be a decimal coefficient itself.
    if (!s || (hasApprox(other) && split(other) !== null)) continue;
    const c = ratio(other, s.rest);
    if (!c || c.im !== 0) continue;
    const decVal = approx(s.dec);
    const coefficient: Node = { t: 'div', a: other, b: s.rest };
    return decimalMatches(s.dec, decVal, coefficient, c, isAnswer)
      ? yes('numeric', `The coefficient ${fmt(decVal)} agrees with ${fmt(c)} to the precision given.`)
      : no('numeric', `The coefficient ${fmt(decVal)} is not ${fmt(c)} to the precision given.`);
  }
  return null;
}

/**
 * `2.2\tau` against `\tau\ln 9` where the question asks for no rounding: the reference's two-digit
 * coefficient is the answer's exact coefficient (2.197…) rounded, as roundedReference reads a lone
 * reference decimal (policy `decimals`).
 */
export function roundedReferenceCoefficient(ref: Node, answer: Node, ratio: (a: Node, b: Node) => C | null): boolean {
  const s = split(ref);
  if (!s || hasApprox(answer)) return false;
  const c = ratio(answer, s.rest);
  return c !== null && roundsToReference(s.dec, c, false);
}
