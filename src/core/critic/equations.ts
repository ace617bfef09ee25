/** Policy `equations`: named values (`x = 3`), equations (`x^2 + y^2 = 1`) and systems. */
import type { Node } from './ast';
import { freeVars } from './ast';
import { no, undecided, yes, type Outcome } from './outcome';
import { compareNodes, proportional } from './scalar';
import type { Value } from './value';

export type NamedValue = Extract<Value, { k: 'eq' }>;

/** `a+b = 5` back to an equation when it meets another equation; the value itself when it cannot be. */
export function asEquation(v: NamedValue): Value {
  const rhs = v.rhsNode ?? (v.rhs.k === 'scalar' ? v.rhs.node : null);
  const lhs = v.lhs ?? (simpleName(v.name) ? ({ t: 'sym', name: v.name } as Node) : null);
  return lhs && rhs ? { k: 'equation', lhs, rhs } : v;
}

/** A list that holds at least one named value (`x = 1, y = 2`). */
export function isSystem(v: Value): boolean {
  return v.k === 'seq' && v.items.some((x) => x.k === 'eq');
}

const FN_NAME = /^[A-Za-z]\([^()]*\)$/;

/** A lone variable name: `x`, `a_1`, `\alpha`. */
export function simpleName(name: string): boolean {
  return /^[A-Za-z](?:_[A-Za-z0-9]+)?$|^\\[A-Za-z]+$/.test(name);
}

/** Two names that both label a single unknown (or both a function value) but differ: `x = 5` vs `y = 5`. */
export function differentUnknowns(a: string, b: string): boolean {
  return a !== b && ((simpleName(a) && simpleName(b)) || (FN_NAME.test(a) && FN_NAME.test(b)));
}

/**
 * The left side of `lhs = value` names one quantity (`x`, `a_1`, `f(2)`, `\sin\theta`, `|z|`, a
 * segment `AB`) rather than relating several (`2a + b`, `x^2 + y`, `xy`).
 */
export function namesOneQuantity(lhs: Node): boolean {
  if (lhs.t === 'sym') return true;
  if (lhs.t === 'fn') return lhs.args.every((a) => a.t === 'sym' || a.t === 'num');
  // `AB`, `ABC`: capital letters side by side name a segment, an angle or a figure.
  const capitals = (n: Node): boolean => (n.t === 'sym' ? /^[A-Z]$/.test(n.name) : n.t === 'mul' && capitals(n.a) && capitals(n.b));
  return capitals(lhs);
}

/** Equations compare by their difference `lhs − rhs`, up to a non-zero factor. */
export function compareEquations(p: Value, g: Value): Outcome {
  if (p.k !== 'equation' || g.k !== 'equation') return no('structure', 'An equation against a value.');
  const dp: Node = { t: 'sub', a: p.lhs, b: p.rhs };
  const dg: Node = { t: 'sub', a: g.lhs, b: g.rhs };
  if (freeVars(dp).size === 0 || freeVars(dg).size === 0) return undecided('An equation without unknowns.');
  const direct = compareNodes(dp, dg);
  if (direct.equal) return { ...direct, reason: `The equations are the same: ${direct.reason}` };
  const flipped = compareNodes(dp, { t: 'neg', a: dg });
  if (flipped.equal) return { ...flipped, reason: `The equations are the same: ${flipped.reason}` };
  const scaled = proportional(dp, dg);
  const check = [{ a: dp, b: dg, mode: 'proportional' as const }];
  if (scaled !== null) return scaled ? yes('numeric', 'The equations are the same up to a constant factor.', check) : no('numeric', 'The equations describe different relations.', check);
  return undecided('The equations may differ by a factor; a symbolic check is needed.', check);
}
