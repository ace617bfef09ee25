/** Evaluation of expression trees: exact (BigInt rationals) when possible, else complex doubles. */
import type { Node } from './ast';
import { key } from './ast';
import * as R from './rational';
import type { Rat } from './rational';

/** The exact rational value of a tree, or null when it is irrational, symbolic or too large. */
export function exact(node: Node): Rat | null {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'sym':
      return null;
    case 'neg': {
      const a = exact(node.a);
      return a && R.neg(a);
    }
    case 'pm':
      return null;
    case 'fn':
      return exactFn(node.name, node.args);
    default: {
      const a = exact(node.a);
      if (!a) return null;
      const b = exact(node.b);
      if (!b) return null;
      switch (node.t) {
        case 'add':
          return R.add(a, b);
        case 'sub':
          return R.sub(a, b);
        case 'mul':
          return R.mul(a, b);
        case 'div':
          return R.div(a, b);
        case 'pow':
          if (R.isInt(b)) return a.n === 0n && b.n < 0n ? null : R.pow(a, b.n);
          // Rational exponent: exact only when the root is rational (8^{2/3} = 4).
          if (b.d <= 64n) {
            const r = R.root(a, b.d);
            return r && R.pow(r, b.n);
          }
          return null;
      }
    }
  }
}

function exactFn(name: string, args: Node[]): Rat | null {
  const vals = args.map(exact);
  if (vals.some((v) => v === null)) return null;
  const [a, b] = vals as Rat[];
  switch (name) {
    case 'sqrt':
      return R.root(a!, 2n);
    case 'root':
      return b && R.isInt(b) ? R.root(a!, b.n) : null;
    case 'abs':
      return a!.n < 0n ? R.neg(a!) : a!;
    case 'fact':
      return R.factorial(a!);
    case 'binom': {
      if (!b || !R.isInt(a!) || !R.isInt(b) || b.n < 0n || b.n > a!.n || a!.n > 5000n) return null;
      let r = 1n;
      for (let k = 0n; k < b.n; k++) r = (r * (a!.n - k)) / (k + 1n);
      return { n: r, d: 1n };
    }
    case 'floor':
    case 'ceil': {
      const q = a!.n / a!.d; // truncates toward zero
      const fl = a!.n < 0n && q * a!.d !== a!.n ? q - 1n : q;
      return { n: name === 'floor' || fl * a!.d === a!.n ? fl : fl + 1n, d: 1n };
    }
    default:
      return null;
  }
}

/** A complex double. */
export interface C {
  re: number;
  im: number;
}

const c = (re: number, im = 0): C => ({ re, im });
const cmul = (a: C, b: C): C => c(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
function cdiv(a: C, b: C): C {
  const d = b.re * b.re + b.im * b.im;
  return c((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d);
}
const cabs = (a: C): number => Math.hypot(a.re, a.im);
function clog(a: C): C {
  return c(Math.log(cabs(a)), Math.atan2(a.im, a.re));
}
function cexp(a: C): C {
  const m = Math.exp(a.re);
  return a.im === 0 ? c(m) : c(m * Math.cos(a.im), m * Math.sin(a.im));
}
function cpow(a: C, b: C): C {
  if (b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) <= 64) {
    let r = c(1);
    for (let k = 0; k < Math.abs(b.re); k++) r = cmul(r, a);
    return b.re < 0 ? cdiv(c(1), r) : r;
  }
  if (a.im === 0 && b.im === 0 && a.re >= 0) return c(a.re ** b.re);
  if (a.im === 0 && b.im === 0 && a.re < 0 && Number.isInteger(1 / b.re) && (1 / b.re) % 2 !== 0) {
    return c(-((-a.re) ** b.re)); // real odd root of a negative number, as people mean ∛(-8) = -2
  }
  if (a.re === 0 && a.im === 0) return c(0);
  return cexp(cmul(b, clog(a)));
}
function real(f: (x: number) => number): (a: C) => C {
  return (a) => (Math.abs(a.im) > 1e-12 * Math.max(1, Math.abs(a.re)) ? c(NaN) : c(f(a.re)));
}
const FNS: Record<string, (a: C, b?: C) => C> = {
  sqrt: (a) => cpow(a, c(0.5)),
  // An odd integer index takes the real root of a negative number, as `exact` does: through 1/k the float
  // can miss, 1 / (1 / 49) is 49.00000000000001, and \sqrt[49]{-1} came out complex.
  root: (a, b) => (a.im === 0 && a.re < 0 && b!.im === 0 && Number.isInteger(b!.re) && b!.re % 2 !== 0 ? c(-((-a.re) ** (1 / b!.re))) : cpow(a, cdiv(c(1), b!))),
  exp: cexp,
  ln: clog,
  log: clog,
  log10: (a) => cdiv(clog(a), c(Math.LN10)),
  abs: (a) => c(cabs(a)),
  sin: real(Math.sin), cos: real(Math.cos), tan: real(Math.tan),
  cot: real((x) => 1 / Math.tan(x)), sec: real((x) => 1 / Math.cos(x)), csc: real((x) => 1 / Math.sin(x)),
  asin: real(Math.asin), acos: real(Math.acos), atan: real(Math.atan),
  sinh: real(Math.sinh), cosh: real(Math.cosh), tanh: real(Math.tanh),
  floor: real(Math.floor), ceil: real(Math.ceil),
  fact: real((x) => (Number.isInteger(x) && x >= 0 && x <= 170 ? gammaInt(x) : NaN)),
  binom: (a, b) => (a.im === 0 && b!.im === 0 ? c(gammaInt(a.re) / (gammaInt(b!.re) * gammaInt(a.re - b!.re))) : c(NaN)),
};
function gammaInt(n: number): number {
  if (!Number.isInteger(n) || n < 0) return NaN;
  let r = 1;
  for (let k = 2; k <= n; k++) r *= k;
  return r;
}

/** Complex value of a tree with `env` giving values to free variables; NaN parts when undefined. */
export function approx(node: Node, env: Record<string, number> = {}): C {
  switch (node.t) {
    case 'num':
      return c(R.toNumber(node.v));
    case 'sym':
      if (node.name === 'pi') return c(Math.PI);
      if (node.name === 'e') return c(Math.E);
      if (node.name === 'i') return c(0, 1);
      if (node.name === 'oo') return c(Infinity);
      return c(env[node.name] ?? NaN);
    case 'neg': {
      const a = approx(node.a, env);
      return c(-a.re, a.im === 0 ? 0 : -a.im); // never -0i: it would flip the branch of log/sqrt
    }
    case 'pm':
      return c(NaN);
    case 'fn': {
      const f = FNS[node.name];
      // `y(0)`: an unknown function's value, given one by the probe like a variable.
      if (!f) return c(node.name.startsWith('apply_') ? (env[key(node)] ?? NaN) : NaN);
      const args = node.args.map((a) => approx(a, env));
      return f(args[0]!, args[1]);
    }
    default: {
      const a = approx(node.a, env);
      const b = approx(node.b, env);
      switch (node.t) {
        case 'add':
          return c(a.re + b.re, a.im + b.im);
        case 'sub':
          return c(a.re - b.re, a.im - b.im);
        case 'mul':
          return cmul(a, b);
        case 'div':
          return cdiv(a, b);
        case 'pow':
          return a.im === 0 && a.re < 0 && !Number.isInteger(b.re) ? oddRootPow(a.re, node.b) ?? cpow(a, b) : cpow(a, b);
      }
    }
  }
}

/** `(-8)^{2/3}` = 4: a negative base under a rational exponent with an odd denominator takes the real root, as people mean it. */
function oddRootPow(base: number, exponent: Node): C | null {
  const e = exact(exponent);
  if (!e || e.d % 2n === 0n) return null;
  const magnitude = (-base) ** (Number(e.n) / Number(e.d));
  return c(e.n % 2n === 0n ? magnitude : -magnitude);
}

/** |a − b| relative to the larger magnitude (0 when both are 0): tiny values are never equal by an absolute epsilon. */
export function relDiff(a: C, b: C): number {
  const d = Math.hypot(a.re - b.re, a.im - b.im);
  const scale = Math.max(cabs(a), cabs(b));
  return scale > 0 ? d / scale : d;
}

/** True when both parts are finite numbers. */
export function finite(a: C): boolean {
  return Number.isFinite(a.re) && Number.isFinite(a.im);
}
