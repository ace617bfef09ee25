/** Comparison of two scalar expressions under policies `exact-numbers` to `variables` of policy.ts. */
import type { Node } from './ast';
import { canonicalKey, freeVars, hasApprox, hasPm, opaqueValues, sameTree, someNode } from './ast';
import { approx, exact, finite, relDiff, type C } from './numeric';
import { decimalMatches, exactAsWritten, roundOff } from './decimals';
import { decimalCoefficient } from './decimal-coefficient';
import * as R from './rational';
import { CLOSED_FORM_REL, PROBE_MIN_POINTS, PROBE_POINTS, PROBE_REL } from './policy';
import { no, undecided, yes, type Outcome } from './outcome';

/** Which variables take only positive values at the probe points: none, the named constants (`r_0`), or all. */
type Positive = 'none' | 'named' | 'all';

/** The k-th probe point: fixed pseudo-random values, one in three negative (never a variable `positive` covers), distinct per variable. */
function probeEnv(vars: string[], k: number, positive: Positive = 'none'): Record<string, number> {
  const env: Record<string, number> = {};
  const third = k % 3 === 2 && positive !== 'all';
  vars.forEach((v, j) => (env[v] = SAMPLE[(k * 5 + j * 7) % SAMPLE.length]! * (1 + 0.13 * j) * (third && !(positive === 'named' && isNamedConstant(v)) ? -1 : 1)));
  return env;
}

/** `r_0`, `\rho_0`, `v_{0}`: a letter with a subscript names a constant of the problem (a physical quantity), not the unknown. */
export function isNamedConstant(name: string): boolean {
  return name.includes('_');
}

const SAMPLE = [0.5772, 1.3247, 2.1183, 0.8413, 1.7321, 2.6458, 0.3679, 3.1416, 1.1892, 2.2361, 0.7071, 1.6180];

/** Compares two scalar trees; ± is expanded by the caller. `allPositive`: the question declares every variable positive. */
export function compareNodes(p: Node, g: Node, allPositive = false): Outcome {
  // The same tree is the same value even with ± inside (an equation `y - 1 = ±x` reaches here unexpanded).
  if (sameTree(p, g)) return yes('exact', 'Both are the same expression.');
  if (hasPm(p) || hasPm(g)) return undecided('± is handled as a pair of values');
  // Unknown function values (`y(0)`) are unknowns like variables.
  const vars = new Set([...freeVars(p), ...freeVars(g), ...opaqueValues(p), ...opaqueValues(g)]);
  if (vars.size > 0) {
    if (canonicalKey(p) === canonicalKey(g)) return yes('exact', 'The same expression with its terms or factors in another order.');
    const out = probe(p, g, [...vars], allPositive);
    // `0.707c` for `\frac{c}{\sqrt{2}}`: a rounded coefficient differs at every point but is the rounding (policy `decimals`).
    const rounded = out.equal !== true ? decimalCoefficient(p, g, constantRatio, fmt) : null;
    return rounded?.equal === true ? rounded : out;
  }

  const pe = exact(p);
  const ge = exact(g);
  const pApprox = hasApprox(p);
  const gApprox = hasApprox(g);
  if (pe && ge) {
    if (R.eq(pe, ge)) return yes(pApprox || gApprox ? 'numeric' : 'exact', `Both equal ${R.ratToString(ge)}.`);
    if (!pApprox && !gApprox) return no('exact', `${R.ratToString(pe)} is not ${R.ratToString(ge)}.`);
  }
  const pv = approx(p);
  const gv = approx(g);
  if (!finite(pv) || !finite(gv)) {
    if (pv.re === gv.re && pv.im === gv.im && !Number.isNaN(pv.re)) return yes('exact', 'Both are the same infinity.');
    // `\arcsin(1.3)` against a real angle: no real number, whatever else the evaluation could not tell.
    const outside = [p, g].find((n) => someNode(n, outsideRealDomain));
    if (outside && finite(outside === p ? gv : pv) && (outside === p ? gv : pv).im === 0) return no('numeric', 'An inverse sine or cosine of a number beyond ±1 is not a real number; the other side is.');
    if (Number.isNaN(pv.re) || Number.isNaN(gv.re) || Number.isNaN(pv.im) || Number.isNaN(gv.im)) return undecided('A value could not be evaluated.', [{ a: p, b: g, mode: 'equal' }]);
    return no('numeric', 'One side is infinite and the other is not.');
  }
  if ((pApprox && roundOff(p, pv, gv)) || (gApprox && roundOff(g, gv, pv))) return yes('numeric', `${fmt(pv)} is ${fmt(gv)} up to floating-point round-off.`);
  // Cancellation (√(10^20+1) − 10^10 evaluates to 0 in doubles): doubles cannot tell, sympy can.
  if (lostPrecision(p) || lostPrecision(g)) return undecided('The values are too close to cancellation to compare in double precision.', [{ a: p, b: g, mode: 'equal' }]);
  // Decimals inside an expression (`2**0.5`, `0.5\sqrt{3}`), or too short to be a rounding, are exact as written: a closed form like any other.
  const written = (pApprox && exactAsWritten(p, g)) || (gApprox && exactAsWritten(g, p));
  if (written && relDiff(pv, gv) <= CLOSED_FORM_REL) return yes('numeric', `Both evaluate to ${fmt(gv)}.`, [{ a: p, b: g, mode: 'equal' }]);
  if (pApprox || gApprox) {
    const ok = (pApprox && decimalMatches(p, pv, g, gv, true)) || (gApprox && decimalMatches(g, gv, p, pv, false));
    return ok
      ? yes('numeric', `${fmt(pv)} agrees with ${fmt(gv)} to the precision given.`)
      : no('numeric', `${fmt(pv)} is not ${fmt(gv)} to the precision given.`);
  }
  // Two exact closed forms (radicals, π, logs): double precision decides, sympy may confirm.
  const d = relDiff(pv, gv);
  if (d <= CLOSED_FORM_REL) return yes('numeric', `Both evaluate to ${fmt(gv)}.`, [{ a: p, b: g, mode: 'equal' }]);
  return no('numeric', `${fmt(pv)} is not ${fmt(gv)}.`, d < 1e-6 ? [{ a: p, b: g, mode: 'equal' }] : undefined);
}

/** `\arcsin(1.3)`, `\arccos(-2)`: an inverse sine or cosine of an exact real number beyond ±1. */
function outsideRealDomain(n: Node): boolean {
  if (n.t !== 'fn' || (n.name !== 'asin' && n.name !== 'acos')) return false;
  const x = approx(n.args[0]!);
  return freeVars(n.args[0]!).size === 0 && x.im === 0 && Math.abs(x.re) > 1 + 1e-12;
}

/** True when a sum, difference or function value somewhere in the tree nearly cancels to 0 (doubles cannot be trusted there). */
function lostPrecision(node: Node): boolean {
  switch (node.t) {
    case 'num':
    case 'sym':
      return false;
    case 'neg':
      return lostPrecision(node.a);
    case 'fn': {
      if (node.args.some(lostPrecision)) return true;
      const r = approx(node);
      const arg = approx(node.args[0]!);
      return abs(r) < 1e-9 * Math.max(1, abs(arg)) && exact(node) === null;
    }
    default: {
      if (lostPrecision(node.a) || lostPrecision(node.b)) return true;
      if (node.t !== 'add' && node.t !== 'sub') return false;
      const r = abs(approx(node));
      const [x, y] = [abs(approx(node.a)), abs(approx(node.b))];
      const small = Math.min(x, y);
      // Cancellation (π − 3.14159265358979 ≈ 0) or absorption (π + 10^-12 ≈ π) both lose the answer.
      const lost = r < 1e-7 * Math.max(x, y) || (small > 0 && small < 1e-9 * Math.max(x, y));
      return lost && exact(node) === null;
    }
  }
}

function abs(v: C): number {
  return Number.isFinite(v.re) && Number.isFinite(v.im) ? Math.hypot(v.re, v.im) : 0;
}

/** A power `e` that takes a root of the given parity (its reduced denominator). */
const rootFits = (e: R.Rat | null, parity: 'odd' | 'even') => e !== null && e.d > 1n && e.d % 2n === (parity === 'odd' ? 1n : 0n);

/**
 * A root of something with variables whose index is odd (`\sqrt[3]{x}`, `x^{2/3}`) or even (`\sqrt{x}`, `x^{3/2}`):
 * the denominator of the power it raises to. `\sqrt[k]{u}` is `u^{1/k}`, so `\sqrt[2/3]{x}` (`x^{3/2}`) is an even root
 * and `\sqrt[1/2]{x}` (`x^2`) none.
 */
function rootOfVariable(node: Node, parity: 'odd' | 'even'): boolean {
  return someNode(node, (n) => {
    if (n.t === 'fn' && (n.name === 'root' || n.name === 'sqrt')) {
      if (freeVars(n.args[0]!).size === 0) return false;
      const index = n.name === 'sqrt' ? TWO : exact(n.args[1]!);
      return rootFits(index && R.div(ONE, index), parity);
    }
    if (n.t !== 'pow' || freeVars(n.a).size === 0) return false;
    return rootFits(exact(n.b), parity);
  });
}

const ONE: R.Rat = { n: 1n, d: 1n };
const TWO: R.Rat = { n: 2n, d: 1n };

/**
 * Policy `variables`: evaluates both sides at fixed pseudo-random points (the real branch of odd
 * roots, which sympy is not asked to re-check). Under an even root or a half-integer power, named
 * constants (`r_0`, `\rho_0`) are positive quantities (`\sqrt{4r_0^2}` is `2r_0`): only positive
 * values for them, and sympy with them positive — unless an absolute value says the sign matters.
 * `allPositive` (the question declares every variable positive): positive values for all, and sympy too.
 */
function probe(p: Node, g: Node, vars: string[], allPositive: boolean): Outcome {
  const underEvenRoot = (rootOfVariable(p, 'even') || rootOfVariable(g, 'even')) && !someNode(p, isAbs) && !someNode(g, isAbs);
  const positive: Positive = allPositive ? 'all' : underEvenRoot ? 'named' : 'none';
  const out = probePoints(p, g, vars, positive);
  if (!out.confirm) return out;
  if (rootOfVariable(p, 'odd') || rootOfVariable(g, 'odd')) return { ...out, confirm: undefined };
  if (positive === 'none') return out;
  const mode = positive === 'all' ? ('all-positive' as const) : ('positive' as const);
  return { ...out, confirm: out.confirm.map((c) => ({ ...c, mode })) };
}

const isAbs = (n: Node) => n.t === 'fn' && n.name === 'abs';

function probePoints(p: Node, g: Node, vars: string[], positive: Positive): Outcome {
  let good = 0;
  let allZero = true;
  for (let k = 0; k < PROBE_POINTS; k++) {
    const env = probeEnv(vars, k, positive);
    const a = approx(p, env);
    const b = approx(g, env);
    if (!finite(a) || !finite(b)) continue;
    if (relDiff(a, b) > 1e-6) return no('numeric', `The expressions differ (at ${describe(env)}: ${fmt(a)} vs ${fmt(b)}).`, [{ a: p, b: g, mode: 'equal' }]);
    if (relDiff(a, b) > PROBE_REL) return undecided('The expressions nearly agree; a symbolic check is needed.', [{ a: p, b: g, mode: 'equal' }]);
    if (Math.hypot(a.re, a.im) > 1e-300) allZero = false;
    good++;
  }
  if (good < PROBE_MIN_POINTS) return undecided('The expressions could not be evaluated at enough points.', [{ a: p, b: g, mode: 'equal' }]);
  // Both vanish everywhere (e.g. `I(0)·…` read as a product with 0): a parse artefact, not evidence.
  if (allZero) return undecided('Both expressions vanish at every point tried; a symbolic check is needed.', [{ a: p, b: g, mode: 'equal' }]);
  return yes('numeric', `The expressions agree at ${good} random points.`, [{ a: p, b: g, mode: 'equal' }]);
}

/** Whether a/b is the same non-zero constant at every probe point; null when it cannot tell. */
export function proportional(a: Node, b: Node): boolean | null {
  const r = ratioAtProbes(a, b);
  return r === null ? null : r !== false;
}

/** The constant a/b when it is one (non-zero) at every probe point; null otherwise. */
export function constantRatio(a: Node, b: Node): C | null {
  const r = ratioAtProbes(a, b);
  return r ? r : null;
}

/** a/b at the probe points: the constant, false when it varies or vanishes, null when too few points evaluate. */
function ratioAtProbes(a: Node, b: Node): C | false | null {
  const vars = [...new Set([...freeVars(a), ...freeVars(b)])];
  let ratio: C | null = null;
  let good = 0;
  for (let k = 0; k < PROBE_POINTS; k++) {
    const env = probeEnv(vars, k);
    const x = approx(a, env);
    const y = approx(b, env);
    if (!finite(x) || !finite(y) || Math.hypot(y.re, y.im) < 1e-12) continue;
    const d = y.re * y.re + y.im * y.im;
    const r: C = { re: (x.re * y.re + x.im * y.im) / d, im: (x.im * y.re - x.re * y.im) / d };
    if (Math.hypot(r.re, r.im) < 1e-12) return false;
    if (ratio && relDiff(ratio, r) > PROBE_REL) return false;
    ratio = ratio ?? r;
    good++;
  }
  return good >= PROBE_MIN_POINTS ? ratio! : null;
}

function describe(env: Record<string, number>): string {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v.toPrecision(4)}`)
    .join(', ');
}

/** A short display of a complex double. */
export function fmt(v: C): string {
  const re = Number.isInteger(v.re) ? String(v.re) : Number(v.re.toPrecision(10)).toString();
  if (Math.abs(v.im) < 1e-15) return re;
  return `${re}${v.im < 0 ? '-' : '+'}${Number(Math.abs(v.im).toPrecision(10))}i`;
}
