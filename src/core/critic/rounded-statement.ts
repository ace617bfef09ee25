/**
 * Policy `final-answer`: `… = \frac{2}{3} ≈ 0.67` states its exact value unless the question asks for a
 * rounding or the reference is itself one, split from relation.ts.
 */
import { freeVars } from './ast';
import { decimalPrecision } from './names';
import { approx, finite } from './numeric';
import { parseExpr } from './parse';
import { MIN_SIG_DIGITS } from './policy';
import { asksForRounding } from './question';
import { splitTop } from './split';

/**
 * "Write 5/7 as a decimal, correct to four significant figures": for a question that asks for a
 * rounded decimal, the decimal an approximation ends on is the answer, in place of the exact value it
 * annotates (policy `decimals`): `\frac{5}{7} ≈ 0.7142` → `0.7142`, `x = \frac{5}{7} ≈ 0.7142` →
 * `x = 0.7142`. Against an exact reference, a decimal too short to be judged as a rounding
 * (`\frac{1}{3} ≈ 0.33`) leaves the exact value the answer, and so does, against a decimal reference,
 * one with more places than it (`2\pi ≈ 6.2832` for `6.28`: not yet the rounding asked for). `s`
 * unchanged when it ends on no plain number (a unit may follow: "≈ 78.54 square units") or has words
 * before `≈`.
 */
export function roundedStatement(s: string, gold: string, question: string): string {
  const rounding = asksForRounding(question);
  if (!s.includes('≈') || !(rounding || DECIMAL_REFERENCE.test(gold))) return s;
  const parts = splitTop(s, /≈/);
  // `≈ 6 \times 10^{-3} m/s^2`: scientific notation, and a unit with `/` and a power, end a chain too.
  const approximation = /^\s*-?(\d[\d.]*(?:\s*\\times\s*10\^\{?-?\d+\}?)?)\s*(\^\s*\{?\s*\\circ\s*\}?|°|\\?%|[A-Za-z][A-Za-z /^\d]*)?\s*$/.exec(parts[parts.length - 1]!);
  if (parts.length < 2 || !approximation || /[A-Za-z]{3,}/.test(parts.slice(0, -1).join(' ').replace(/\\[A-Za-z]+/g, ''))) return s;
  const rounded = approximation[1]!.replace(/\s*\\times\s*10\^\{?(-?\d+)\}?/, 'e$1');
  // A reference that is itself a rounding (`0.033`, `41.8`) is compared with the writer's rounding, when the
  // exact value before `≈` rounds to it (`\arcsin(1/1.5) ≈ 41.8^\circ` in degrees): a wrong `≈` stays the exact value's.
  const degrees = /circ|°/.test(approximation[2] ?? '');
  if (!rounding && !roundsTo(splitTop(parts[parts.length - 2]!, /=/).pop()!, rounded, degrees)) return s;
  // An integer reference (`45` for "round to the nearest one's place") has no places: the rounding may have none either.
  const goldPlaces = /^\s*-?\d+\s*$/.test(gold) ? 0 : /\d\.(\d+)(?!.*\d\.\d)/.exec(gold)?.[1]!.length;
  // A decimal longer than the reference's is working towards the rounding the question asks for, not that rounding.
  if (goldPlaces !== undefined ? -Math.log10(decimalPrecision(rounded).ulp) > goldPlaces + 1e-9 : decimalPrecision(rounded).sig < MIN_SIG_DIGITS) return s;
  const sides = splitTop(parts[0]!, /=/);
  const decimal = parts[parts.length - 1]!.trim();
  return sides.length > 1 ? `${sides.slice(0, -1).join(' = ')} = ${decimal}` : decimal;
}

// A decimal reference, in degrees too (`41.8^\circ`): itself a rounding.
const DECIMAL_REFERENCE = /^\s*\$?\s*-?\d*\.\d+\s*(?:\^\s*\{?\s*\\circ\s*\}?|°)?\s*\$?\s*$/;

/** The exact value `exact` (in radians when `degrees`) rounds to `decimal` at the digits it shows. */
function roundsTo(exact: string, decimal: string, degrees: boolean): boolean {
  const node = parseExpr(exact);
  if (!node || freeVars(node).size > 0) return false;
  const a = approx(node);
  if (!finite(a) || a.im !== 0) return false;
  const value = degrees ? (a.re * 180) / Math.PI : a.re;
  return Math.abs(value - Number(decimal)) <= (decimalPrecision(decimal).ulp / 2) * (1 + 1e-9) + 1e-12 * Math.abs(value);
}
