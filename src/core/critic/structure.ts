/** Structure comparisons of policy 10: matrices and vectors, intervals and unions of intervals. */
import type { Node } from './ast';
import { compareValues, describe, matchOrdered, type CompareContext } from './compare';
import { no, yes, type Outcome } from './scalar';
import type { Scalar, Value } from './value';

/** Matrices element-wise; a one-row or one-column matrix against a tuple or list as a vector. */
export function compareMatrices(p: Value, g: Value, ctx: CompareContext): Outcome {
  const flat = (v: Value): Value[] | null => {
    if (v.k === 'matrix') return v.rows.length === 1 || v.rows.every((r) => r.length === 1) ? v.rows.flat() : null;
    if (v.k === 'seq' && v.open !== '{') return v.items;
    return null;
  };
  if (p.k === 'matrix' && g.k === 'matrix') {
    if (p.rows.length !== g.rows.length || p.rows[0]?.length !== g.rows[0]?.length) {
      const [a, b] = [flat(p), flat(g)];
      return a && b ? matchOrdered(a, b, ctx) : no('structure', 'The matrices have different shapes.');
    }
    return matchOrdered(p.rows.flat(), g.rows.flat(), ctx);
  }
  const [a, b] = [flat(p), flat(g)];
  return a && b ? matchOrdered(a, b, ctx) : no('structure', 'A matrix against something else.');
}

interface Iv {
  lo: Node;
  hi: Node;
  loClosed: boolean;
  hiClosed: boolean;
}

function asIntervals(v: Value, other: Value): Iv[] | null {
  if (v.k === 'interval') return [v];
  if (v.k === 'union') {
    const parts = v.parts.map((x) => asIntervals(x, other));
    return parts.every((x) => x) ? parts.flat() as Iv[] : null;
  }
  // `(1, 2)` / `[1, 2]` read as intervals when the other side is one.
  if (v.k === 'seq' && v.items.length === 2 && (v.open === '(' || v.open === '[') && v.items.every((x) => x.k === 'scalar')) {
    const [lo, hi] = v.items as Scalar[];
    if (other.k !== 'interval' && other.k !== 'union') return null;
    return [{ lo: lo!.node, hi: hi!.node, loClosed: v.open === '[', hiClosed: v.open === '[' }];
  }
  return null;
}

/** Intervals and unions with their ends (policy 10); `(a, b)` / `[a, b]` read as intervals against one. */
export function compareIntervals(p: Value, g: Value, ctx: CompareContext): Outcome {
  const a = asIntervals(p, g);
  const b = asIntervals(g, p);
  if (!a || !b) return no('structure', `A ${describe(p)} against a ${describe(g)}.`);
  if (a.length !== b.length) return no('structure', `${a.length} intervals against ${b.length}.`);
  const toSeq = (iv: Iv): Value => ({ k: 'seq', open: '(', items: [iv.lo, iv.hi].map((node) => ({ k: 'scalar', node, percent: false, degree: false, unit: null })) });
  const used = new Set<number>();
  for (const x of a) {
    const j = b.findIndex((y, idx) => !used.has(idx) && compareValues(toSeq(x), toSeq(y), ctx).equal === true);
    if (j < 0) return no('structure', 'The interval ends differ.');
    const y = b[j]!;
    // Ends are compared as written, at ±∞ too: `[2, ∞]` is malformed and does not match `[2, ∞)`.
    const loSame = x.loClosed === y.loClosed;
    const hiSame = x.hiClosed === y.hiClosed;
    if (!loSame || !hiSame) return no('structure', 'Open and closed interval ends differ.');
    used.add(j);
  }
  return yes('structure', 'The same interval(s) with the same ends.');
}
