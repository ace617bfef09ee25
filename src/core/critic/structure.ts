/**
 * Structure comparisons of policies `equations` and `structures`: sequences (ordered or not), systems of equations,
 * matrices and vectors, intervals and unions. Items are compared with the `compare` passed in (the
 * full comparison of compare.ts), so this module does not depend on it.
 */
import type { Node } from './ast';
import { hasPm } from './ast';
import { mergeSpans } from './intervals';
import { pmSet } from './quantity';
import { no, undecided, yes, type Check, type CompareContext, type CompareFn, type Outcome } from './outcome';
import { orderDirection } from './question';
import { describe, kindsDiffer, type Scalar, type Value } from './value';

type Seq = Extract<Value, { k: 'seq' }>;
type EqV = Extract<Value, { k: 'eq' }>;

/** Policy `structures` for sequences; systems of equations match by name. */
export function compareSeqs(p: Seq, g: Seq, ctx: CompareContext, compare: CompareFn): Outcome {
  // The empty set is no system (`every` holds for it, and it would loop below).
  const pEqs = p.items.length > 0 && p.items.every((v) => v.k === 'eq');
  const gEqs = g.items.length > 0 && g.items.every((v) => v.k === 'eq');
  if (pEqs && gEqs) return compareSystems(p.items as EqV[], g.items as EqV[], ctx, compare);
  if (pEqs !== gEqs) {
    const sys = (pEqs ? p : g).items as EqV[];
    // `x = 2, x = 3` and `x_1 = 2, x_2 = 3` list the roots of one unknown: an unordered list of values.
    const unknown = (name: string) => name.replace(/_\{?\d+\}?$/, '');
    if (sys.length > 1 && sys.every((e) => unknown(e.name) === unknown(sys[0]!.name))) {
      const values: Seq = { k: 'seq', open: '', items: sys.map((e) => e.rhs) };
      return pEqs ? compareSeqs(values, g, ctx, compare) : compareSeqs(p, values, ctx, compare);
    }
    // A system against a tuple: the system's values in alphabetical order of its names.
    const sorted = [...sys].sort((a, b) => a.name.localeCompare(b.name)).map((e) => e.rhs);
    const other = pEqs ? g : p;
    if (other.items.some((v) => v.k === 'eq')) return no('structure', 'The equations do not line up.');
    const asSeq: Seq = { k: 'seq', open: '(', items: sorted };
    return pEqs
      ? compareSeqs(asSeq, { ...g, open: g.open === '' ? '(' : g.open }, ctx, compare)
      : compareSeqs({ ...p, open: p.open === '' ? '(' : p.open }, asSeq, ctx, compare);
  }
  // Tuples are ordered; so are lists when the question fixes an order. Sets never are.
  const set = p.open === '{' || g.open === '{';
  const ordered = p.open === '(' || g.open === '(' || p.open === '<' || g.open === '<' || (p.open === '[' && g.open === '[') || (ctx.ordered === true && !set);
  // In a collection of values, `±2` stands for both of its values (`m = ±2 or m = ±1/2` is four values).
  if (!ordered && (p.items.some(isPlusMinus) || g.items.some(isPlusMinus))) return compareSeqs({ ...p, items: p.items.flatMap(bothValues) }, { ...g, items: g.items.flatMap(bothValues) }, ctx, compare);
  if (p.items.length !== g.items.length) return no('structure', `${p.items.length} values against ${g.items.length}.`);
  if (p.items.length === 0) return yes('structure', 'Both are empty: no value at all.');
  if (p.items.length === 2 && ((p.open === '(' && g.open === '{') || (p.open === '{' && g.open === '('))) {
    return no('structure', 'A pair in round brackets (a point or an open interval) is not a set.');
  }
  if (ordered && p.items.length === 2 && bracketClash(p.open, g.open) && !ctx.wantsPoint) {
    return no('structure', 'Round and square brackets differ (open vs closed ends).');
  }
  return ordered ? matchOrdered(p.items, g.items, ctx, compare) : matchUnordered(p.items, g.items, ctx, compare);
}

const isPlusMinus = (v: Value) => v.k === 'scalar' && hasPm(v.node);
const bothValues = (v: Value): Value[] => (isPlusMinus(v) ? (pmSet(v as Scalar) as Seq).items : [v]);

function bracketClash(a: string, b: string): boolean {
  return (a === '(' && b === '[') || (a === '[' && b === '(');
}

function compareSystems(p: EqV[], g: EqV[], ctx: CompareContext, compare: CompareFn): Outcome {
  if (p.length !== g.length) return no('structure', `${p.length} equations against ${g.length}.`);
  const byName = new Map(g.map((e) => [e.name, e]));
  if (p.every((e) => byName.has(e.name)) && byName.size === g.length) {
    return matchOrdered(p.map((e) => e.rhs), p.map((e) => byName.get(e.name)!.rhs), ctx, compare);
  }
  return matchUnordered(p, g, ctx, compare);
}

/** Element-wise, in order; the first NO or undecided decides. */
export function matchOrdered(p: Value[], g: Value[], ctx: CompareContext, compare: CompareFn): Outcome {
  if (p.length !== g.length) return no('structure', `${p.length} values against ${g.length}.`);
  const confirm: Check[] = [];
  for (let i = 0; i < p.length; i++) {
    const out = compare(p[i]!, g[i]!, ctx);
    // No `confirm` on a failing item: sympy could only settle that item, not the whole structure.
    if (out.equal !== true) return { equal: out.equal, method: out.method, reason: `Item ${i + 1}: ${out.reason}` };
    if (out.confirm) confirm.push(...out.confirm);
  }
  return yes('structure', `All ${p.length} items match in order.`, confirm.length ? confirm : undefined);
}

/** As multisets: every predicted item pairs with a distinct reference item. */
export function matchUnordered(p: Value[], g: Value[], ctx: CompareContext, compare: CompareFn): Outcome {
  if (p.length !== g.length) return no('structure', `${p.length} values against ${g.length}.`);
  const used = new Set<number>();
  let unsure = false;
  for (const item of p) {
    let found = -1;
    for (let j = 0; j < g.length && found < 0; j++) {
      if (used.has(j)) continue;
      const out = compare(item, g[j]!, ctx);
      if (out.equal === true) found = j;
      else if (out.equal === null) unsure = true;
    }
    if (found < 0) return unsure ? undecided('Some items could not be compared.') : no('structure', 'The collections hold different values.');
    used.add(found);
  }
  return yes('structure', `The same ${p.length} values, in any order.`);
}

/** Matrices element-wise; a one-row or one-column matrix against a tuple or list as a vector. */
export function compareMatrices(p: Value, g: Value, ctx: CompareContext, compare: CompareFn): Outcome {
  const flat = (v: Value): Value[] | null => {
    if (v.k === 'matrix') return v.rows.length === 1 || v.rows.every((r) => r.length === 1) ? v.rows.flat() : null;
    if (v.k === 'seq' && v.open !== '{') return v.items;
    return null;
  };
  if (p.k === 'matrix' && g.k === 'matrix') {
    if (p.rows.length !== g.rows.length || p.rows[0]?.length !== g.rows[0]?.length) {
      const [a, b] = [flat(p), flat(g)];
      return a && b ? matchOrdered(a, b, ctx, compare) : no('structure', 'The matrices have different shapes.');
    }
    return matchOrdered(p.rows.flat(), g.rows.flat(), ctx, compare);
  }
  const [a, b] = [flat(p), flat(g)];
  return a && b ? matchOrdered(a, b, ctx, compare) : no('structure', 'A matrix against something else.');
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
    // A finite set in a union is its points, each the closed interval [a, a].
    const points = (x: Value): Iv[] | null => (x.k === 'seq' && x.open === '{' && x.items.length > 0 && x.items.every((i) => i.k === 'scalar') ? (x.items as Scalar[]).map((i) => ({ lo: i.node, hi: i.node, loClosed: true, hiClosed: true })) : null);
    const parts = v.parts.map((x) => points(x) ?? asIntervals(x, other));
    return parts.every((x) => x) ? mergeSpans(parts.flat() as Iv[]) : null;
  }
  // `(1, 2)` / `[1, 2]` read as intervals when the other side is one.
  if (v.k === 'seq' && v.items.length === 2 && (v.open === '(' || v.open === '[') && v.items.every((x) => x.k === 'scalar')) {
    const [lo, hi] = v.items as Scalar[];
    if (other.k !== 'interval' && other.k !== 'union') return null;
    return [{ lo: lo!.node, hi: hi!.node, loClosed: v.open === '[', hiClosed: v.open === '[' }];
  }
  return null;
}

/** Intervals and unions with their ends (policy `structures`); `(a, b)` / `[a, b]` read as intervals against one. */
export function compareIntervals(p: Value, g: Value, ctx: CompareContext, compare: CompareFn): Outcome {
  const a = asIntervals(p, g);
  const b = asIntervals(g, p);
  if (!a || !b) return no('structure', kindsDiffer(p, g));
  if (a.length !== b.length) return no('structure', `${a.length} intervals against ${b.length}.`);
  const toSeq = (iv: Iv): Value => ({ k: 'seq', open: '(', items: [iv.lo, iv.hi].map((node) => ({ k: 'scalar', node, percent: false, degree: false, unit: null })) });
  const used = new Set<number>();
  for (const x of a) {
    const j = b.findIndex((y, idx) => !used.has(idx) && compare(toSeq(x), toSeq(y), ctx).equal === true);
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

/**
 * An order `b > a > c` (its items greatest first) against another order — the same terms in the same
 * places, strict where the other is strict — or against a list, read in the direction the question
 * asks for ("in decreasing order": greatest first). `x` is the order; `compare` keeps (answer, reference).
 */
export function compareOrder(x: Extract<Value, { k: 'order' }>, y: Value, compare: (a: Value, b: Value, ctx: CompareContext) => Outcome, ctx: CompareContext): Outcome {
  if (y.k === 'order') {
    if (x.items.length !== y.items.length) return no('structure', `An order of ${x.items.length} terms against one of ${y.items.length}.`);
    const out = matchOrdered(x.items, y.items, ctx, compare);
    if (out.equal !== true) return out.equal === false ? no('structure', 'The terms are in another order.') : out;
    return x.strict.every((s, i) => s === y.strict[i]) ? yes('structure', 'The same order, with the same strict and non-strict steps.') : no('structure', 'Strict and non-strict comparisons differ.');
  }
  if (y.k !== 'seq' || y.open === '{') return no('structure', `An order against ${describe(y)}.`);
  const direction = orderDirection(ctx.question ?? '');
  if (!direction) return undecided('An order against a list, and the question does not say which way the list goes.');
  const items = direction === 'decreasing' ? x.items : [...x.items].reverse();
  const out = matchOrdered(items, y.items, ctx, compare);
  return out.equal === true ? yes('structure', `The list is the order, ${direction === 'decreasing' ? 'greatest' : 'least'} first as the question asks.`) : out.equal === false ? no('structure', 'The list and the order differ.') : out;
}
