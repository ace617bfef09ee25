/**
 * Intervals as sets of reals (policy `structures`): intersections and unions of intervals whose
 * ends evaluate to real numbers, and inequalities solved into intervals (`-x > -2` is `x < 2`,
 * `|x - 2| < 1` is `(1, 3)`, `x ≠ 3` is `(-∞, 3) ∪ (3, ∞)`).
 */
import type { Node } from './ast';
import { freeVars, hasApprox, substitute } from './ast';
import { approx, exact } from './numeric';
import * as R from './rational';
import type { Value } from './value';

/** An interval value; `variable` names what an inequality bounded (`x`, `g(x)`). */
export type Interval = Extract<Value, { k: 'interval' }>;

const INF: Node = { t: 'sym', name: 'oo' };
const NINF: Node = { t: 'neg', a: INF };

function real(n: Node): number {
  return approx(n).re;
}

/** The intersection of two intervals whose ends evaluate to real numbers; null when empty or unknown. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const [alo, blo, ahi, bhi] = [real(a.lo), real(b.lo), real(a.hi), real(b.hi)];
  if ([alo, blo, ahi, bhi].some(Number.isNaN)) return null;
  const lo = alo > blo || (alo === blo && !a.loClosed) ? { n: a.lo, c: a.loClosed } : { n: b.lo, c: b.loClosed };
  const hi = ahi < bhi || (ahi === bhi && !a.hiClosed) ? { n: a.hi, c: a.hiClosed } : { n: b.hi, c: b.hiClosed };
  const [l, h] = [real(lo.n), real(hi.n)];
  if (l > h || (l === h && !(lo.c && hi.c))) return null;
  return { k: 'interval', lo: lo.n, hi: hi.n, loClosed: lo.c, hiClosed: hi.c, ...(a.variable ? { variable: a.variable } : {}) };
}

/** The intervals of an interval or a union of intervals; null for anything else. */
export function intervalsOf(v: Value): Interval[] | null {
  if (v.k === 'interval') return [v];
  if (v.k !== 'union') return null;
  const parts = v.parts.map(intervalsOf);
  return parts.every((p) => p !== null) ? (parts as Interval[][]).flat() : null;
}

/** One interval, or the union of several (none: null, the empty set is not an interval). */
export function fromIntervals(parts: Interval[], variable?: string): Value | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return { k: 'union', parts, ...(variable ? { variable } : {}) };
}

/** The intersection of two sets given as intervals (each a union). */
export function intersectAll(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) for (const y of b) {
    const z = intersect(x, y);
    if (z) out.push(z);
  }
  return out;
}

/** The real line without the given points: `x ≠ 3`, `ℝ \ {0, 1}`. */
export function withoutPoints(points: Node[], variable?: string): Value | null {
  const sorted = [...points].sort((p, q) => real(p) - real(q));
  // One point need not be a number (`\mathbb{R} \setminus \{a\}`): nothing to sort. Several must be, to be put in order.
  const placed = (p: Node) => Number.isFinite(real(p)) || (points.length === 1 && Number.isNaN(real(p)));
  if (!sorted.every(placed)) return null;
  const ends = [NINF, ...sorted, INF];
  const parts: Interval[] = [];
  for (let i = 0; i + 1 < ends.length; i++) parts.push({ k: 'interval', lo: ends[i]!, hi: ends[i + 1]!, loClosed: false, hiClosed: false, ...(variable ? { variable } : {}) });
  return fromIntervals(parts, variable);
}

type Op = '<' | '≤' | '>' | '≥';
const FLIP: Record<Op, Op> = { '<': '>', '≤': '≥', '>': '<', '≥': '≤' };

function num(r: R.Rat, approxFlag: boolean): Node {
  return { t: 'num', v: r, approx: approxFlag, text: R.ratToString(r) };
}

/** `k·v + m` when `node` is exactly linear in `v` with a non-zero rational slope. */
function linear(node: Node, v: string): { k: R.Rat; m: R.Rat } | null {
  const at = (x: R.Rat) => exact(substitute(node, v, num(x, false)));
  const [f0, f1, f2, fh] = [at({ n: 0n, d: 1n }), at({ n: 1n, d: 1n }), at({ n: 2n, d: 1n }), at({ n: -3n, d: 2n })];
  if (!f0 || !f1 || !f2 || !fh) return null;
  const k = R.sub(f1, f0);
  if (k.n === 0n || !R.eq(R.sub(f2, f1), k) || !R.eq(fh, R.add(f0, R.mul(k, { n: -3n, d: 2n })))) return null;
  return { k, m: f0 };
}

/** `x op bound` as an interval of `variable`. */
function ray(op: Op, bound: Node, variable: string): Interval {
  if (op === '<' || op === '≤') return { k: 'interval', lo: NINF, hi: bound, loClosed: false, hiClosed: op === '≤', variable };
  return { k: 'interval', lo: bound, hi: INF, loClosed: op === '≥', hiClosed: false, variable };
}

/** What an inequality bounds: a lone variable, or a function value such as `g(x)` (a range). */
function boundedName(side: Node): string | null {
  if (side.t === 'sym') return side.name;
  if (side.t === 'fn' && side.name.startsWith('apply_') && side.args.length === 1 && side.args[0]!.t === 'sym') return `${side.name.slice(6)}(${side.args[0]!.name})`;
  return null;
}

/**
 * Solves `side op c` (c free of variables) for the one variable in `side`: a lone name, a linear
 * expression, or the absolute value of one. Null when it is none of those.
 */
export function solveInequality(side: Node, op: Op | '≠', c: Node): Value | null {
  const name = boundedName(side);
  const approxFlag = hasApprox(side) || hasApprox(c);
  if (op === '≠') {
    if (name) return withoutPoints([c], name);
    const vars = [...freeVars(side)];
    const lin = vars.length === 1 ? linear(side, vars[0]!) : null;
    if (!lin) return null;
    return withoutPoints([{ t: 'div', a: { t: 'sub', a: c, b: num(lin.m, approxFlag) }, b: num(lin.k, approxFlag) }], vars[0]);
  }
  if (name) return ray(op, c, name);
  if (side.t === 'fn' && side.name === 'abs') {
    // |u| < c is -c < u < c; |u| > c is u < -c or u > c (for c > 0).
    if (!(real(c) > 0)) return null;
    const neg: Node = { t: 'neg', a: c };
    const below = solveInequality(side.args[0]!, FLIP[op], neg);
    const above = solveInequality(side.args[0]!, op, c);
    const [lo, hi] = [below && intervalsOf(below), above && intervalsOf(above)];
    if (!lo || !hi || lo.length !== 1 || hi.length !== 1) return null;
    if (op === '<' || op === '≤') return intersect(lo[0]!, hi[0]!);
    return fromIntervals([lo[0]!, hi[0]!].sort((p, q) => real(p.lo) - real(q.lo)), lo[0]!.variable);
  }
  const vars = [...freeVars(side)];
  if (vars.length !== 1) return null;
  const lin = linear(side, vars[0]!);
  if (!lin) return null;
  // k·x + m op c  ⇔  x op' (c − m) / k, flipped when k < 0.
  const bound: Node = { t: 'div', a: { t: 'sub', a: c, b: num(lin.m, approxFlag) }, b: num(lin.k, approxFlag) };
  const exactBound = exact(bound);
  return ray(lin.k.n < 0n ? FLIP[op] : op, exactBound ? num(exactBound, approxFlag) : bound, vars[0]!);
}

/**
 * `x > 1, x < 5` or `a ≠ 0, a ≠ 1`: conditions on one variable hold together (their intersection);
 * when they cannot (`x < -1, x > 1`) the list means either (their union). Null unless every item
 * is an inequality on the same variable.
 */
export function conditions(items: Value[]): Value | null {
  const sets = items.map(intervalsOf);
  const variable = items[0]?.k === 'interval' || items[0]?.k === 'union' ? items[0].variable : undefined;
  if (items.length < 2 || !variable || sets.some((x) => x === null) || items.some((v) => (v.k === 'interval' || v.k === 'union') && v.variable !== variable)) return null;
  const all = sets as Interval[][];
  const both = all.slice(1).reduce((acc, x) => intersectAll(acc, x), all[0]!);
  if (both.length > 0) return fromIntervals(both, variable);
  return fromIntervals(all.flat().sort((p, q) => real(p.lo) - real(q.lo)), variable);
}

type Span = Pick<Interval, 'lo' | 'hi' | 'loClosed' | 'hiClosed'>;

/**
 * A union as the set it is: `\{1\} \cup (1, +\infty)` is `[1, +\infty)`, `(1, 2] \cup [2, 3)` is `(1, 3)`
 * (parts that overlap or touch at an end one of them holds merge). Unchanged unless every end is a real number.
 */
export function mergeSpans<T extends Span>(spans: T[]): Span[] {
  if (spans.length < 2) return spans;
  const ends = spans.map((s) => [real(s.lo), real(s.hi)] as const);
  if (ends.some(([l, h]) => Number.isNaN(l) || Number.isNaN(h))) return spans;
  const order = spans.map((s, i) => ({ s: s as Span, l: ends[i]![0], h: ends[i]![1] })).sort((a, b) => a.l - b.l || Number(b.s.loClosed) - Number(a.s.loClosed));
  const out: { s: Span; l: number; h: number }[] = [];
  for (const cur of order) {
    const prev = out[out.length - 1];
    if (prev && (prev.h > cur.l || (prev.h === cur.l && (prev.s.hiClosed || cur.s.loClosed)))) {
      if (cur.h > prev.h || (cur.h === prev.h && cur.s.hiClosed && !prev.s.hiClosed)) out[out.length - 1] = { s: { ...prev.s, hi: cur.s.hi, hiClosed: cur.s.hiClosed }, l: prev.l, h: cur.h };
    } else out.push(cur);
  }
  return out.map((x) => x.s);
}
