/** Comparison of two parsed answers under policies 6–13 of policy.ts. */
import type { Node } from './ast';
import { expandPm, freeVars, hasPm, key } from './ast';
import { canonicalUnit, UNIT_FACTORS } from './policy';
import { ratFromDecimal } from './rational';
import { compareNodes, no, proportional, undecided, yes, type Check, type Outcome } from './scalar';
import type { Scalar, Value } from './value';
import { sameText } from './text';
import { compareIntervals, compareMatrices } from './structure';

/** What the comparison may know about the question. */
export interface CompareContext {
  /** The question asks for a point, ordered pair, coordinates or vector (not an interval). */
  wantsPoint: boolean;
  /** False when a question is known and never mentions percent: then `80%` can only mean 0.8. */
  percentQuestion?: boolean;
}

const PI: Node = { t: 'sym', name: 'pi' };
const n180: Node = { t: 'num', v: { n: 180n, d: 1n }, approx: false, text: '180' };
const n100: Node = { t: 'num', v: { n: 100n, d: 1n }, approx: false, text: '100' };

function hasPi(node: Node): boolean {
  return / pi /.test(` ${key(node).replace(/[()]/g, ' ')} `);
}

/** Policies 6–8 on two scalars. */
function compareScalars(p: Scalar, g: Scalar, ctx: CompareContext): Outcome {
  if (p.unit && g.unit && canonicalUnit(p.unit) !== canonicalUnit(g.unit)) {
    const converted = convertUnits(p, g);
    if (converted) return converted;
    return no('rule', `The units differ (${p.unit} vs ${g.unit}).`);
  }
  if (hasPm(p.node) || hasPm(g.node)) return compareValues(pmSet(p), pmSet(g), ctx);
  if (p.percent !== g.percent) {
    const asUnit = ctx.percentQuestion === false ? null : compareNodes(p.node, g.node);
    if (asUnit?.equal) return { ...asUnit, reason: `${asUnit.reason} (the percent sign read as a unit)` };
    const pNode = p.percent ? div(p.node, n100) : p.node;
    const gNode = g.percent ? div(g.node, n100) : g.node;
    const asValue = compareNodes(pNode, gNode);
    if (asValue.equal) return { ...asValue, reason: `${asValue.reason} (percent as a fraction of 100)` };
    return asValue.equal === null ? asValue : no(asValue.method, 'The values differ with or without the percent sign.');
  }
  if (p.degree !== g.degree) {
    const deg = p.degree ? p : g;
    const other = p.degree ? g : p;
    if (other.unit && /^rad/i.test(other.unit)) {
      const radians = div({ t: 'mul', a: deg.node, b: PI }, n180);
      const out = p.degree ? compareNodes(radians, g.node) : compareNodes(p.node, radians);
      return { ...out, reason: `${out.reason} (degrees against radians)` };
    }
    if (hasPi(other.node) && !hasPi(deg.node)) {
      const radians = div({ t: 'mul', a: deg.node, b: PI }, n180);
      const out = p.degree ? compareNodes(radians, g.node) : compareNodes(p.node, radians);
      return { ...out, reason: `${out.reason} (degrees converted to radians)` };
    }
  }
  return compareNodes(p.node, g.node);
}

/** Policy 8: `90 minutes` vs `1.5 hours` — both converted exactly to the dimension's base unit. */
function convertUnits(p: Scalar, g: Scalar): Outcome | null {
  const read = (u: string) => {
    const m = /^(.*?)(?:\^(\d))?$/.exec(canonicalUnit(u))!;
    const f = UNIT_FACTORS[m[1]!];
    return f ? { dim: f.dim, factor: f.factor, power: m[2] ?? '1' } : null;
  };
  const a = read(p.unit!);
  const b = read(g.unit!);
  if (!a || !b || a.dim !== b.dim || a.power !== b.power) return null;
  const scale = (node: Node, f: { factor: string; power: string }): Node => ({
    t: 'mul',
    a: node,
    b: { t: 'pow', a: { t: 'num', v: ratFromDecimal(f.factor)!, approx: false, text: f.factor }, b: { t: 'num', v: { n: BigInt(f.power), d: 1n }, approx: false, text: f.power } },
  });
  const out = compareNodes(scale(p.node, a), scale(g.node, b));
  return { ...out, reason: `${out.reason} (after converting ${p.unit} and ${g.unit})` };
}

function div(a: Node, b: Node): Node {
  return { t: 'div', a, b };
}

/** `2 ± √3` as the set {2 + √3, 2 − √3}. */
function pmSet(s: Scalar): Value {
  if (!hasPm(s.node)) return s;
  return { k: 'seq', open: '{', items: [1, -1].map((sign) => ({ ...s, node: expandPm(s.node, sign as 1 | -1) })) };
}

/** Compares a predicted answer with the reference. */
export function compareValues(p: Value, g: Value, ctx: CompareContext): Outcome {
  // A one-element list or set stands for its element (program output such as `[3]`).
  if (p.k === 'seq' && p.items.length === 1 && !(g.k === 'seq' && g.items.length === 1)) return compareValues(p.items[0]!, g, ctx);
  if (g.k === 'seq' && g.items.length === 1 && !(p.k === 'seq' && p.items.length === 1)) return compareValues(p, g.items[0]!, ctx);

  if (p.k === 'text' && g.k === 'text') {
    if (sameText(p.text, g.text) || p.text.replace(/\s+/g, '') === g.text.replace(/\s+/g, '')) return yes('text', 'The same words.');
    const short = (t: string) => t.trim().split(/\s+/).length <= 2;
    return short(p.text) && short(g.text) && !/[\\{}^_]/.test(p.text + g.text) ? no('text', 'Different words.') : undecided('Differently phrased; the rules cannot tell.');
  }
  if (p.k === 'text' || g.k === 'text') return undecided('One side is not a mathematical expression.');
  if (p.k === 'bool' || g.k === 'bool') {
    if (p.k === 'bool' && g.k === 'bool') return p.value === g.value ? yes('text', `Both say ${p.value ? 'true' : 'false'}.`) : no('text', 'One says true, the other false.');
    return no('rule', 'A yes/no answer against a value.');
  }

  // Policy 11: hedges.
  // "x < -1 or x > 1" is a union of intervals, not a hedge.
  if (p.k === 'alt' && p.items.every((v) => v.k === 'interval') && (g.k === 'union' || g.k === 'interval')) return compareValues({ k: 'union', parts: p.items }, g, ctx);
  if (g.k === 'alt' && g.items.every((v) => v.k === 'interval') && (p.k === 'union' || p.k === 'interval')) return compareValues(p, { k: 'union', parts: g.items }, ctx);
  if (p.k === 'alt') {
    const gMany = (g.k === 'seq' && g.items.length > 1) || g.k === 'alt' || (g.k === 'scalar' && hasPm(g.node));
    if (!gMany) {
      // "1/2 or 0.5" names one value twice: every alternative must match.
      const outs = p.items.map((item) => compareValues(item, g, ctx));
      if (outs.every((o) => o.equal === true)) return yes('rule', 'Every alternative given is the reference value.');
      return no('rule', 'The answer hedges between several values.');
    }
    return compareValues({ k: 'seq', open: '', items: p.items }, g.k === 'alt' ? { k: 'seq', open: '', items: g.items } : g, ctx);
  }
  if (g.k === 'alt') return compareValues(p, { k: 'seq', open: '', items: g.items }, ctx);

  // Policy 9: equations.
  if (p.k === 'eq' && g.k === 'eq') {
    if (p.name === g.name) return compareValues(p.rhs, g.rhs, ctx);
    if ((simpleName(p.name) && simpleName(g.name)) || (FN_NAME.test(p.name) && FN_NAME.test(g.name))) return no('rule', `The answer gives ${p.name}, the reference ${g.name}.`);
    const [ep, eg] = [asEquation(p), asEquation(g)];
    return ep.k === 'equation' && eg.k === 'equation' ? compareValues(ep, eg, ctx) : compareValues(p.rhs, g.rhs, ctx);
  }
  if (p.k === 'eq' && g.k === 'equation') return compareEquations(asEquation(p), g);
  if (g.k === 'eq' && p.k === 'equation') return compareEquations(p, asEquation(g));
  if (p.k === 'eq' && !isSystem(g) && g.k !== 'equation') return compareValues(p.rhs, g, ctx);
  if (g.k === 'eq' && !isSystem(p) && p.k !== 'equation') return compareValues(p, g.rhs, ctx);
  if (p.k === 'equation' || g.k === 'equation') return compareEquations(p, g);

  if (p.k === 'scalar' && g.k === 'scalar') return compareScalars(p, g, ctx);
  if (p.k === 'scalar' && hasPm(p.node)) return compareValues(pmSet(p), g, ctx);
  if (g.k === 'scalar' && hasPm(g.node)) return compareValues(p, pmSet(g), ctx);

  if (p.k === 'matrix' || g.k === 'matrix') return compareMatrices(p, g, ctx);
  if (p.k === 'interval' || g.k === 'interval' || p.k === 'union' || g.k === 'union') return compareIntervals(p, g, ctx);
  if (p.k === 'seq' && g.k === 'seq') return compareSeqs(p, g, ctx);
  return no('structure', `A ${describe(p)} against a ${describe(g)}.`);
}

/** `a+b = 5` back to an equation when it meets another equation. */
function asEquation(v: Extract<Value, { k: 'eq' }>): Value {
  const rhs = v.rhsNode ?? (v.rhs.k === 'scalar' ? v.rhs.node : null);
  const lhs = v.lhs ?? (simpleName(v.name) ? ({ t: 'sym', name: v.name } as Node) : null);
  return lhs && rhs ? { k: 'equation', lhs, rhs } : v;
}

function isSystem(v: Value): boolean {
  return v.k === 'seq' && v.items.some((x) => x.k === 'eq');
}

const FN_NAME = /^[A-Za-z]\([^()]*\)$/;

function simpleName(name: string): boolean {
  return /^[A-Za-z](?:_[A-Za-z0-9]+)?$|^\\[A-Za-z]+$/.test(name);
}

/** A short name of a value's kind for reasons. */
export function describe(v: Value): string {
  if (v.k === 'seq') return v.open === '{' ? 'set' : v.open === '(' ? 'tuple' : 'list';
  return v.k === 'scalar' ? 'single value' : v.k;
}

type Seq = Extract<Value, { k: 'seq' }>;

/** Policy 10 for sequences; systems of equations match by name. */
function compareSeqs(p: Seq, g: Seq, ctx: CompareContext): Outcome {
  const pEqs = p.items.every((v) => v.k === 'eq');
  const gEqs = g.items.every((v) => v.k === 'eq');
  if (pEqs && gEqs) return compareSystems(p.items as EqV[], g.items as EqV[], ctx);
  if (pEqs !== gEqs) {
    const sys = (pEqs ? p : g).items as EqV[];
    // `x = 2, x = 3` lists the roots of one unknown: an unordered list of values.
    if (sys.length > 1 && sys.every((e) => e.name === sys[0]!.name)) {
      const values: Seq = { k: 'seq', open: '', items: sys.map((e) => e.rhs) };
      return pEqs ? compareSeqs(values, g, ctx) : compareSeqs(p, values, ctx);
    }
    // A system against a tuple: the system's values in alphabetical order of its names.
    const sorted = [...sys].sort((a, b) => a.name.localeCompare(b.name)).map((e) => e.rhs);
    const other = pEqs ? g : p;
    if (other.items.some((v) => v.k === 'eq')) return no('structure', 'The equations do not line up.');
    const asSeq: Seq = { k: 'seq', open: '(', items: sorted };
    return pEqs ? compareSeqs(asSeq, { ...g, open: g.open === '' ? '(' : g.open }, ctx) : compareSeqs({ ...p, open: p.open === '' ? '(' : p.open }, asSeq, ctx);
  }
  if (p.items.length !== g.items.length) return no('structure', `${p.items.length} values against ${g.items.length}.`);
  const ordered = p.open === '(' || g.open === '(' || p.open === '<' || g.open === '<' || (p.open === '[' && g.open === '[');
  if (p.items.length === 2 && ((p.open === '(' && g.open === '{') || (p.open === '{' && g.open === '('))) {
    return no('structure', 'A pair in round brackets (a point or an open interval) is not a set.');
  }
  if (ordered && p.items.length === 2 && bracketClash(p.open, g.open) && !ctx.wantsPoint) {
    return no('structure', 'Round and square brackets differ (open vs closed ends).');
  }
  return ordered ? matchOrdered(p.items, g.items, ctx) : matchUnordered(p.items, g.items, ctx);
}

function bracketClash(a: string, b: string): boolean {
  return (a === '(' && b === '[') || (a === '[' && b === '(');
}

type EqV = Extract<Value, { k: 'eq' }>;

function compareSystems(p: EqV[], g: EqV[], ctx: CompareContext): Outcome {
  if (p.length !== g.length) return no('structure', `${p.length} equations against ${g.length}.`);
  const byName = new Map(g.map((e) => [e.name, e]));
  if (p.every((e) => byName.has(e.name)) && byName.size === g.length) {
    return matchOrdered(p.map((e) => e.rhs), p.map((e) => byName.get(e.name)!.rhs), ctx, 'structure');
  }
  return matchUnordered(p, g, ctx);
}

/** Element-wise, in order; the first NO or undecided decides. */
export function matchOrdered(p: Value[], g: Value[], ctx: CompareContext, method: 'structure' = 'structure'): Outcome {
  if (p.length !== g.length) return no(method, `${p.length} values against ${g.length}.`);
  const confirm: Check[] = [];
  for (let i = 0; i < p.length; i++) {
    const out = compareValues(p[i]!, g[i]!, ctx);
    // No `confirm` on a failing item: sympy could only settle that item, not the whole structure.
    if (out.equal !== true) return { equal: out.equal, method: out.method, reason: `Item ${i + 1}: ${out.reason}` };
    if (out.confirm) confirm.push(...out.confirm);
  }
  return yes(method, `All ${p.length} items match in order.`, confirm.length ? confirm : undefined);
}

/** As multisets: every predicted item pairs with a distinct reference item. */
function matchUnordered(p: Value[], g: Value[], ctx: CompareContext): Outcome {
  if (p.length !== g.length) return no('structure', `${p.length} values against ${g.length}.`);
  const used = new Set<number>();
  let unsure = false;
  for (const item of p) {
    let found = -1;
    for (let j = 0; j < g.length && found < 0; j++) {
      if (used.has(j)) continue;
      const out = compareValues(item, g[j]!, ctx);
      if (out.equal === true) found = j;
      else if (out.equal === null) unsure = true;
    }
    if (found < 0) return unsure ? undecided('Some items could not be compared.') : no('structure', 'The collections hold different values.');
    used.add(found);
  }
  return yes('structure', `The same ${p.length} values, in any order.`);
}

/** Policy 9: equations compare by their difference `lhs − rhs`, up to a non-zero factor. */
function compareEquations(p: Value, g: Value): Outcome {
  if (p.k !== 'equation' || g.k !== 'equation') return no('structure', 'An equation against a value.');
  const dp: Node = { t: 'sub', a: p.lhs, b: p.rhs };
  const dg: Node = { t: 'sub', a: g.lhs, b: g.rhs };
  if (freeVars(dp).size === 0 || freeVars(dg).size === 0) return undecided('An equation without unknowns.');
  const direct = compareNodes(dp, dg);
  if (direct.equal) return { ...direct, reason: `The equations are the same: ${direct.reason}` };
  const flipped = compareNodes(dp, { t: 'neg', a: dg });
  if (flipped.equal) return { ...flipped, reason: `The equations are the same: ${flipped.reason}` };
  const scaled = proportional(dp, dg);
  if (scaled !== null) return scaled ? yes('numeric', 'The equations are the same up to a constant factor.', [{ a: dp, b: dg, mode: 'proportional' }]) : no('numeric', 'The equations describe different relations.', [{ a: dp, b: dg, mode: 'proportional' }]);
  return undecided('The equations may differ by a factor; a symbolic check is needed.', [{ a: dp, b: dg, mode: 'proportional' }]);
}
