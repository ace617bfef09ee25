/** Two scalars with their flags: policies `percent`, `degrees` and `units`, then the numbers themselves. */
import type { Node } from './ast';
import { expandPm, freeVars, hasPm, key } from './ast';
import { renamedConstants } from './arbitrary-constant';
import { no, undecided, yes, type CompareContext, type CompareFn, type Outcome } from './outcome';
import { coarserThanAsked, roundedReference, roundsToShorterReference } from './decimals';
import { askedPrecision, asksForRounding } from './question';
import { positiveNames } from './positive-names';
import { ratFromDecimal, toNumber } from './rational';
import { compareNodes, constantRatio } from './scalar';
import { roundedReferenceCoefficient } from './decimal-coefficient';
import { canonicalUnit, UNIT_FACTORS } from './units';
import type { Scalar, Value } from './value';

const PI: Node = { t: 'sym', name: 'pi' };
const n180: Node = { t: 'num', v: { n: 180n, d: 1n }, approx: false, text: '180' };
const n100: Node = { t: 'num', v: { n: 100n, d: 1n }, approx: false, text: '100' };

function hasPi(node: Node): boolean {
  return / pi /.test(` ${key(node).replace(/[()]/g, ' ')} `);
}

/** Policies `percent`, `degrees` and `units` on two scalars; `compare` handles a `±` as a set. */
export function compareScalars(p: Scalar, g: Scalar, ctx: CompareContext, compare: CompareFn): Outcome {
  if (p.unit && g.unit && canonicalUnit(p.unit) !== canonicalUnit(g.unit)) {
    const converted = convertUnits(p, g);
    if (converted) return converted;
    return no('rule', `The units differ (${p.unit} vs ${g.unit}).`);
  }
  if (hasPm(p.node) || hasPm(g.node)) return compare(pmSet(p), pmSet(g), ctx);
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
    // `30°` against `30 apples` or `30 grad`: a degree is not a unit of another kind.
    if (other.unit !== null && !/^(?:rad|deg)/i.test(other.unit)) return no('rule', `The units differ (° vs ${other.unit}).`);
    const againstRadians = other.unit !== null && /^rad/i.test(other.unit);
    if (againstRadians || (hasPi(other.node) && !hasPi(deg.node))) {
      const radians = div({ t: 'mul', a: deg.node, b: PI }, n180);
      const out = p.degree ? compareNodes(radians, g.node) : compareNodes(p.node, radians);
      return { ...out, reason: `${out.reason} (${againstRadians ? 'degrees against radians' : 'degrees converted to radians'})` };
    }
  }
  const direct = compareNodes(p.node, g.node);
  if (direct.equal === false && (p.unit === null) !== (g.unit === null)) {
    // `75 cents` against `0.75`: an amount in cents is also that many hundredths of the currency.
    const cents = canonicalUnit((p.unit ?? g.unit)!) === 'cent';
    const out = cents ? (p.unit ? compareNodes(div(p.node, n100), g.node) : compareNodes(p.node, div(g.node, n100))) : null;
    if (out?.equal) return { ...out, reason: `${out.reason} (cents as hundredths)` };
  }
  // `\frac{219}{6565}` for `0.033`, `\tau\ln 9` for `2.2\tau`, where the question asks for no rounding: the key rounded the exact value (policy `decimals`).
  if (direct.equal === false && ctx.question && !asksForRounding(ctx.question)) {
    if (roundedReference(g.node, p.node)) return yes('numeric', 'The reference is the exact answer rounded to the digits it shows.');
    if (roundsToShorterReference(p.node, g.node)) return yes('numeric', "The reference is the answer's decimal rounded to the digits it shows.");
    if (roundedReferenceCoefficient(g.node, p.node, constantRatio)) return yes('numeric', "The reference's coefficient is the answer's exact coefficient rounded to the digits it shows.");
  }
  const asked = direct.equal === true && ctx.question ? askedPrecision(ctx.question) : null;
  if (asked && coarserThanAsked(p.node, g.node, asked)) return no('numeric', 'The answer is rounded more coarsely than the question asks.');
  if (direct.equal === true || !ctx.question || freeVars(p.node).size === 0) return direct;
  // `1 + \frac{\sqrt{qs}}{s}` for `1 + \sqrt{\frac{q}{s}}` when the question "relates the positive numbers q, r, and s" (policy `variables`).
  const vars = new Set([...freeVars(p.node), ...freeVars(g.node)]);
  const declared = positiveNames(ctx.question);
  if ([...vars].every((v) => declared.has(v))) {
    const out = compareNodes(p.node, g.node, true);
    if (out.equal === true) return { ...out, reason: `${out.reason} (the question says ${[...vars].join(', ')} are positive)` };
  }
  for (const renamed of renamedConstants(p.node, g.node, ctx.question)) {
    const out = compareNodes(renamed, g.node);
    if (out.equal === true) return { ...out, reason: `${out.reason} (the arbitrary constants renamed)` };
  }
  return direct;
}

/** Policy `units`: `90 minutes` vs `1.5 hours` — both converted exactly to the dimension's base unit. */
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
export function pmSet(s: Scalar): Value {
  if (!hasPm(s.node)) return s;
  return { k: 'seq', open: '{', items: [1, -1].map((sign) => ({ ...s, node: expandPm(s.node, sign as 1 | -1) })) };
}

/** `k = \pm 6` and `\pm 6` as the two values they stand for (`k = 6`, `k = -6`); null for anything else. */
export function plusMinusValues(v: Value): Value[] | null {
  const inner = v.k === 'eq' ? v.rhs : v;
  if (inner.k !== 'scalar' || !hasPm(inner.node)) return null;
  const set = pmSet(inner);
  if (set.k !== 'seq') return null;
  return v.k === 'eq' ? set.items.map((rhs): Value => ({ k: 'eq', name: v.name, rhs })) : set.items;
}

/** "y = 3/2 x and y = -3/2 x" against `y = ±3/2 x`: a list (not a point) of named values, as "…or…" would be, spelling out the ± pair. */
export function listsPlusMinus(x: Value, y: Value): x is Extract<Value, { k: 'seq' }> {
  return x.k === 'seq' && x.open !== '(' && x.items.length === 2 && y.k === 'eq' && x.items.every((v) => v.k === 'eq') && plusMinusValues(y) !== null;
}

/**
 * `5.0 ± 0.1` (cm) against 5: a value with its uncertainty, or the two values 4.9 and 5.1 — only the
 * question could tell, so it is undecided when the central value matches (a different one is a NO
 * either way, by the rule for `±` that follows). Both terms must be plain numbers, the second smaller.
 */
export function uncertainValue(x: Value, y: Value, compare: CompareFn, ctx: CompareContext): Outcome | null {
  if (x.k !== 'scalar' || y.k !== 'scalar' || x.node.t !== 'pm' || hasPm(y.node)) return null;
  const { a, b } = x.node;
  if (a.t !== 'num' || b.t !== 'num' || Math.abs(toNumber(b.v)) >= Math.abs(toNumber(a.v))) return null;
  return compare({ ...x, node: a }, y, ctx).equal === true ? undecided(`"±" after the value reads as its uncertainty or as two values; the rules cannot tell which is meant.`) : null;
}
