/**
 * Policy `decimals`: when a decimal stands for another value. Program round-off (a float printed
 * at full precision a few ulps off, or within NEAR_ZERO of an exact 0) is equal; otherwise a
 * decimal equals a value only when it is that value correctly rounded to the digits it shows (at
 * least MIN_SIG_DIGITS of them), or cut off after TRUNCATED_SIG_DIGITS or more — never when it is
 * merely close.
 */
import type { Node } from './ast';
import { freeVars, hasApprox } from './ast';
import { decimalPrecision } from './names';
import { approx, exact, relDiff, type C } from './numeric';
import { FLOAT_ULPS, FULL_PRECISION_DIGITS, MIN_SIG_DIGITS, NEAR_ZERO, TRUNCATED_SIG_DIGITS } from './policy';
import * as R from './rational';

/**
 * Significant digits and last-digit value of a decimal literal as written (`1.23e-3`: 3, and 1e-5).
 * A number computed from decimals, such as the bound solved from `2x > 2.0e15` (`1000000000000000`),
 * has no point or exponent and shows no digits: nobody wrote them.
 */
function precision(text: string): { sig: number; ulp: number } {
  return /[.e]/i.test(text) ? decimalPrecision(text) : { sig: 0, ulp: Infinity };
}

/** A decimal literal, possibly negated or divided by an exact number (`66.67%` is 66.67/100): its digits and the scale of its last one. */
function decimalShape(node: Node): { text: string; scale: number } | null {
  if (node.t === 'neg') return decimalShape(node.a);
  if (node.t === 'num') return node.approx ? { text: node.text, scale: 1 } : null;
  if (node.t === 'div' && !hasApprox(node.b)) {
    const inner = decimalShape(node.a);
    const by = exact(node.b);
    return inner && by && by.n !== 0n ? { text: inner.text, scale: inner.scale / Math.abs(R.toNumber(by)) } : null;
  }
  // Scientific notation in LaTeX (`2.78 \times 10^{-6}`) shows its digits like `2.78e-6`. Only a power
  // of ten: another exact factor (`3 \times 0.333`) makes an expression, exact as written.
  if (node.t === 'mul' && powerOfTen(node.b)) {
    const inner = decimalShape(node.a);
    const by = exact(node.b)!;
    return inner ? { text: inner.text, scale: inner.scale * R.toNumber(by) } : null;
  }
  return null;
}

/** `10` or `10^{k}` for an integer k. */
function powerOfTen(node: Node): boolean {
  const ten = (n: Node) => n.t === 'num' && !n.approx && n.v.n === 10n && n.v.d === 1n;
  if (ten(node)) return true;
  if (node.t !== 'pow' || !ten(node.a)) return false;
  const k = exact(node.b);
  return k !== null && k.d === 1n;
}

/**
 * A float as a program prints it: some decimal literal shows FULL_PRECISION_DIGITS or more
 * significant digits (Python prints the shortest exact form otherwise, `0.5` beside `0.8660254037844386j`).
 */
function fullPrecision(node: Node): boolean {
  switch (node.t) {
    case 'num':
      return node.approx && precision(node.text).sig >= FULL_PRECISION_DIGITS;
    case 'sym':
      return false;
    case 'neg':
      return fullPrecision(node.a);
    case 'fn':
      return node.args.some(fullPrecision);
    default:
      return fullPrecision(node.a) || fullPrecision(node.b);
  }
}

/** The slack on a difference of values near `size` held to a last digit worth `ulp`: float error grows with the values (~1e-16 relative). */
function slackAt(ulp: number, size: number): number {
  return 1e-12 * ulp + 4 * Number.EPSILON * Math.abs(size);
}

/** Program round-off: the decimal side is a float printed at full precision, within FLOAT_ULPS of the other value. */
export function roundOff(dec: Node, decVal: C, otherVal: C): boolean {
  return fullPrecision(dec) && relDiff(decVal, otherVal) <= FLOAT_ULPS * Number.EPSILON;
}

/**
 * Is the decimal side `dec` exact as written, a closed form like any other (policy `closed-forms`),
 * rather than a value the rounding rule reads? Decimals inside an expression (`2**0.5`) are, and so is
 * a lone decimal too short to be a rounding (`0.5`) against a value whose rational form the rules
 * cannot compute (`\cos\frac{\pi}{3}`): it may be that value exactly, and sympy can tell.
 */
export function exactAsWritten(dec: Node, other: Node): boolean {
  const shape = decimalShape(dec);
  return shape === null || (exact(other) === null && precision(shape.text).sig < MIN_SIG_DIGITS);
}

/**
 * Does the decimal side `dec` (value `decVal`) stand for the other side (`other`, value `otherVal`),
 * program round-off aside (roundOff, checked first by the caller)?
 * `decIsAnswer`: the decimal is the answer's. A reference's decimal is exact as written, so an
 * answer's longer decimal is not read as rounding up to it here (only with a question that asks for
 * no rounding: roundsToShorterReference); a reference's decimal may be the
 * rounding of an answer's exact value (`34.64` for `20√3`).
 */
export function decimalMatches(dec: Node, decVal: C, other: Node, otherVal: C, decIsAnswer: boolean): boolean {
  const otherExact = exact(other);
  if (otherExact && otherExact.n === 0n && !hasApprox(other)) return Math.hypot(decVal.re, decVal.im) <= NEAR_ZERO;
  const shape = decimalShape(dec);
  if (!shape || Math.abs(otherVal.im) > 0) return false;
  if (hasApprox(other) && !decIsAnswer) return false;
  const { sig, ulp: digitUlp } = precision(shape.text);
  const ulp = digitUlp * shape.scale;
  if (sig < MIN_SIG_DIGITS) return false;
  // Rounding an integer to tens or thousands loses it: `1.23e6` is not 1234567.
  if (otherExact && R.isInt(otherExact) && !hasApprox(other) && ulp > 1) return false;
  const diff = Math.abs(decVal.re - otherVal.re);
  const slack = slackAt(ulp, otherVal.re);
  if (diff <= ulp / 2 + slack) return true;
  // Cut off rather than rounded (0.666666 for 2/3): only with many digits shown.
  const sameSide = Math.sign(decVal.re) === Math.sign(otherVal.re) && Math.abs(decVal.re) <= Math.abs(otherVal.re);
  return sig >= TRUNCATED_SIG_DIGITS && sameSide && diff < ulp - slack;
}

/**
 * A reference decimal too short to be judged as a rounding (`0.033`: two significant digits) that an
 * answer's exact value (`\frac{219}{6565}` = 0.03336…, `\ln 9` = 2.197…) rounds to at the digits it
 * shows: the reference may be that value rounded, as answer keys of physics and astronomy problems
 * write them. One digit (`0.8` for 3/4) is too coarse to tell a rounding from a different value. A
 * program's float at full precision counts as that exact value, against a reference of any length
 * (`5.477225575051661` for `5.48`).
 */
export function roundedReference(ref: Node, answer: Node): boolean {
  // A float a program printed at full precision (`0.03335872048743336`) is its computed value, as an exact form is.
  const float = fullPrecision(answer) && !fullPrecision(ref);
  // A decimal inside an expression (`\frac{\ln 2}{1.3}`) is exact as written; a lone decimal is judged as a rounding elsewhere.
  if (!float && (decimalShape(answer) !== null || freeVars(answer).size > 0)) return false;
  return roundsToReference(ref, approx(answer), float);
}

/** Does the value `answerVal` (a float printed at full precision when `float`) round to the reference decimal `ref` as roundedReference reads it? */
export function roundsToReference(ref: Node, answerVal: C, float: boolean): boolean {
  const shape = decimalShape(ref);
  if (!shape || shape.scale !== 1) return false;
  const refVal = approx(ref);
  const { sig, ulp } = precision(shape.text);
  if (sig < 2 || (sig >= MIN_SIG_DIGITS && !float) || refVal.im !== 0 || answerVal.im !== 0 || !Number.isFinite(answerVal.re)) return false;
  return Math.abs(answerVal.re - refVal.re) <= ulp / 2 + slackAt(ulp, refVal.re);
}

/**
 * A reference decimal (`1.21`, `4.6e-24`) that an answer's longer decimal (`1.2096`, `4.57e-24`) rounds to
 * at the reference's last digit: answer keys round, so the answer is the value the key rounded. At least
 * two significant digits in the reference; never an integer reference (`5` is no rounding of `4.6`).
 */
export function roundsToShorterReference(answer: Node, ref: Node): boolean {
  const r = decimalShape(ref);
  if (!decimalShape(answer) || !r) return false;
  // An integer shows no digits (sig 0). An answer with no more digits than the reference is within half its
  // last digit only when it is the same number, so only a longer one can match here.
  const rp = precision(r.text);
  if (rp.sig < 2) return false;
  const ulp = rp.ulp * Math.abs(r.scale);
  const [av, rv] = [approx(answer), approx(ref)];
  if (av.im !== 0 || rv.im !== 0) return false;
  return Math.abs(av.re - rv.re) <= ulp / 2 + slackAt(ulp, rv.re);
}

/**
 * For a question that names the precision it wants ("to the nearest hundredth", "to 3 significant
 * figures"), a decimal answer coarser than that is not the rounding asked for, even when it rounds the
 * reference (`78.5` for `78.54`). Only when the values differ and a decimal reference shows that precision
 * itself: a reference written coarser than asked, or a trailing zero left off (`2.5` for `2.50`), decides nothing.
 */
export function coarserThanAsked(answer: Node, reference: Node, asked: { ulp: number } | { sig: number }): boolean {
  const a = decimalShape(answer);
  // `7.35 \times 10^{14}` for "format your answer as n × 10^x, where n is to 3 decimal places": the
  // precision asked is the mantissa's, as it is for the reference `7.353e14`.
  const sci = (n: Node) => n.t === 'mul' && powerOfTen(n.b);
  if (!a || (a.scale !== 1 && !sci(answer))) return false;
  const [av, rv] = [exact(answer), exact(reference)];
  if (!av || (rv && R.eq(av, rv))) return false;
  const coarser = (text: string) => {
    const { sig, ulp } = precision(text.split(/e/i)[0]!);
    return 'ulp' in asked ? ulp > asked.ulp * (1 + 1e-9) : sig < asked.sig;
  };
  const r = decimalShape(reference);
  return coarser(a.text) && !(r !== null && ((r.scale !== 1 && !sci(reference)) || coarser(r.text)));
}
