/**
 * Sets of integers written as arithmetic progressions (policy `structures`): `\{x | x = 3k + 1, k \in \mathbb{Z}\}`
 * is the residue class 1 mod 3, the same set as `\{x | x = 3k - 2, k \in \mathbb{Z}\}`, as `\{…, -5, -2, 1, 4, …\}` and as `3\mathbb{Z} + 1`.
 */
import type { Node } from './ast';
import { freeVars, substitute } from './ast';
import { exact } from './numeric';
import { parseExpr } from './parse';
import { no, undecided, yes, type Outcome } from './outcome';

interface Progression {
  step: bigint;
  offset: bigint;
  domain: 'Z' | 'N';
}

const BUILDER = /^\\\{\s*([A-Za-z])\s*(?:\||\\mid|:)\s*\1\s*=\s*([^,]+?)\s*,\s*([A-Za-z])\s*\\in\s*\\mathbb\s*\{?\s*([ZN])\s*\}?\s*\\\}$/;
const num = (n: bigint): Node => ({ t: 'num', v: { n, d: 1n }, approx: false, text: String(n) });

/** `x = a k + b` for k in ℤ or ℕ, with integer a ≠ 0 and b; null for anything else. */
function progression(s: string): Progression | null {
  const m = BUILDER.exec(s.trim());
  const expr = m && parseExpr(m[2]!);
  if (!m || !expr || m[1] === m[3] || [...freeVars(expr)].some((v) => v !== m[3])) return null;
  const at = (k: bigint) => exact(substitute(expr, m[3]!, num(k)));
  const [e0, e1, e2] = [at(0n), at(1n), at(2n)];
  if (!e0 || !e1 || !e2 || e0.d !== 1n || e1.d !== 1n || e2.d !== 1n) return null;
  const step = e1.n - e0.n;
  // Linear in k: equal steps (a quadratic such as k^2 is not a progression).
  if (step === 0n || e2.n - e1.n !== step) return null;
  return { step, offset: e0.n, domain: m[4] as 'Z' | 'N' };
}

const mod = (a: bigint, m: bigint) => ((a % m) + m) % m;

// `\{…, -6, -3, 0, 3, 6, …\}`: integers listed with an ellipsis at both ends, so unbounded both ways.
const LISTED = /^\\\{\s*(?:…|\.\.\.)\s*,((?:\s*-?\d+\s*,){3,})\s*(?:…|\.\.\.)\s*\\\}\.?$/;

/** A list of at least three integers in equal steps, open at both ends: the progression over ℤ it shows; null otherwise. */
function listed(s: string): Progression | null {
  const m = LISTED.exec(s.trim());
  if (!m) return null;
  const items = m[1]!.split(',').map((t) => t.trim()).filter((t) => t !== '').map((t) => BigInt(t));
  const step = items[1]! - items[0]!;
  // Three terms in equal steps at least: `…, 1, 2, 4, …` shows no single step.
  if (step === 0n || items.some((v, i) => i > 0 && v - items[i - 1]! !== step)) return null;
  return { step, offset: items[0]!, domain: 'Z' };
}

// `3\mathbb{Z}`, `3\mathbb Z + 1`: the multiples of a number, shifted or not.
export const MULTIPLES_OF_Z = String.raw`(\d+)\s*\\mathbb\s*\{?\s*Z\s*\}?(?:\s*\+\s*(\d+))?`;
const MULTIPLES = new RegExp(String.raw`^${MULTIPLES_OF_Z}$`);

/** The integers `n\mathbb{Z} + r` names: the progression over ℤ with step n and offset r; null otherwise. */
function multiples(s: string): Progression | null {
  const m = MULTIPLES.exec(s.trim());
  return m && BigInt(m[1]!) > 0n ? { step: BigInt(m[1]!), offset: BigInt(m[2] ?? '0'), domain: 'Z' } : null;
}

/** Two progressions of integers compared as sets; null unless both sides are one. */
export function compareProgressions(p: string, g: string): Outcome | null {
  const [a, b] = [progression(p) ?? listed(p) ?? multiples(p), progression(g) ?? listed(g) ?? multiples(g)];
  if (!a || !b) return null;
  if (a.domain !== b.domain) return no('structure', 'A progression over all integers against one over the natural numbers.');
  const [sa, sb] = [a.step < 0n ? -a.step : a.step, b.step < 0n ? -b.step : b.step];
  if (a.domain === 'Z') return sa === sb && mod(a.offset - b.offset, sa) === 0n ? yes('structure', `The same integers: the multiples of ${sa} plus ${mod(a.offset, sa)}.`) : no('structure', 'The progressions hold different integers.');
  // Over ℕ, whether it starts at 0 or 1 is a convention: only the same step and start are sure.
  return a.step === b.step && a.offset === b.offset ? yes('structure', 'The same progression over the natural numbers.') : undecided('Progressions over the natural numbers; where ℕ starts decides.');
}
