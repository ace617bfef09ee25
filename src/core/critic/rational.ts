/** Exact rationals over BigInt: the numeric path never loses a digit (2^64+1 ≠ 2^64, 10^30+1 ≠ 10^30). */

/** A reduced fraction with a positive denominator. */
export interface Rat {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Builds a reduced rational; null for a zero denominator. */
export function rat(n: bigint, d: bigint = 1n): Rat | null {
  if (d === 0n) return null;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

/** Parses a decimal literal such as `-12.50`, `3.2e4` or `1E-3` exactly. */
export function ratFromDecimal(text: string): Rat | null {
  if (text.length < 16 && /^\d+$/.test(text)) return { n: BigInt(text), d: 1n };
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const frac = m[3] ?? '';
  let n = BigInt((m[2] || '0') + frac);
  let d = 10n ** BigInt(frac.length);
  const exp = Number(m[4] ?? 0);
  if (Math.abs(exp) > 4000) return null;
  if (exp > 0) n *= 10n ** BigInt(exp);
  else if (exp < 0) d *= 10n ** BigInt(-exp);
  if (m[1] === '-') n = -n;
  return rat(n, d);
}

export const add = (a: Rat, b: Rat): Rat => rat(a.n * b.d + b.n * a.d, a.d * b.d)!;
export const sub = (a: Rat, b: Rat): Rat => rat(a.n * b.d - b.n * a.d, a.d * b.d)!;
export const mul = (a: Rat, b: Rat): Rat => rat(a.n * b.n, a.d * b.d)!;
export const div = (a: Rat, b: Rat): Rat | null => rat(a.n * b.d, a.d * b.n);
export const neg = (a: Rat): Rat => ({ n: -a.n, d: a.d });
export const eq = (a: Rat, b: Rat): boolean => a.n === b.n && a.d === b.d;
export const isInt = (a: Rat): boolean => a.d === 1n;

/** Integer power; null when the result would be absurdly large (a guard, not a policy). */
export function pow(a: Rat, e: bigint): Rat | null {
  if (e === 0n) return { n: 1n, d: 1n };
  const bits = Math.max(a.n < 0n ? (-a.n).toString(2).length : a.n.toString(2).length, a.d.toString(2).length);
  const abs = e < 0n ? -e : e;
  if (abs > 100000n || BigInt(bits) * abs > 200000n) return null;
  const r = rat(a.n ** abs, a.d ** abs)!;
  return e < 0n ? div({ n: 1n, d: 1n }, r) : r;
}

function isqrt(x: bigint): bigint {
  if (x < 2n) return x;
  let r = BigInt(Math.floor(Math.sqrt(Number(x))));
  while (r * r > x) r--;
  while ((r + 1n) * (r + 1n) <= x) r++;
  return r;
}

/** Exact k-th root when it is rational (√(9/4) = 3/2), else null. */
export function root(a: Rat, k: bigint): Rat | null {
  if (k === 2n) {
    if (a.n < 0n) return null;
    const rn = isqrt(a.n);
    const rd = isqrt(a.d);
    return rn * rn === a.n && rd * rd === a.d ? rat(rn, rd) : null;
  }
  if (k < 1n || k > 64n) return null;
  const sign = a.n < 0n ? -1n : 1n;
  if (sign < 0n && k % 2n === 0n) return null;
  const f = (x: bigint): bigint | null => {
    const r = BigInt(Math.round(Math.abs(Number(x)) ** (1 / Number(k))));
    for (const c of [r - 1n, r, r + 1n]) if (c >= 0n && c ** k === x) return c;
    return null;
  };
  const rn = f(sign * a.n);
  const rd = f(a.d);
  return rn !== null && rd !== null ? rat(sign * rn, rd) : null;
}

/** Factorial of a small non-negative integer. */
export function factorial(a: Rat): Rat | null {
  if (!isInt(a) || a.n < 0n || a.n > 2000n) return null;
  let r = 1n;
  for (let i = 2n; i <= a.n; i++) r *= i;
  return { n: r, d: 1n };
}

/** Nearest double (fine for display and the float path, never for equality of exact values). */
export function toNumber(a: Rat): number {
  const n = Number(a.n);
  const d = Number(a.d);
  if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
  // Scale both down so huge operands still give a sensible ratio.
  const shift = BigInt(Math.max(a.n.toString().length, a.d.toString().length) - 300);
  const s = 10n ** (shift > 0n ? shift : 0n);
  return Number(a.n / s) / Number(a.d / s);
}

/** `3/4` or `-7` for reasons. */
export function ratToString(a: Rat): string {
  return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}
