/**
 * Every judgement policy of the critic, in one place (mirrored in docs/readme/critic.md).
 *
 * 1. EXTRACTION. A whole response is reduced to its final answer by extractAnswer (last box, then
 *    "the answer is", then the last output block). If several candidates exist at that level, ALL
 *    must match the reference: two different boxed answers is a NO. A short text, or one that is
 *    only mathematics, is read as the answer itself; in longer prose without a marker only the
 *    last sentence counts, and only if it holds exactly one number and no hedge; otherwise there
 *    is no answer, a NO (an exception in the last output block is no answer either). The reference is reduced the same
 *    way (a MATH solution's last box, GSM8K's "#### n").
 * 2. EXACT NUMBERS. When both sides evaluate to exact rationals (integers of any size, fractions,
 *    decimals read exactly, powers, perfect roots) they are compared exactly with BigInt:
 *    2^64+1 ≠ 2^64, 0.25 = 1/4, 3.2e4 = 32000.
 * 3. DECIMALS. A decimal literal may stand for a rounded value. It matches a value it does not
 *    equal exactly only if it carries at least MIN_SIG_DIGITS significant digits and is that value
 *    rounded or cut off at its last digit (0.3333333 = 1/3, 0.666666 = 2/3, 1.414214 = √2, but
 *    0.33 ≠ 1/3, 3.14 ≠ π, 2.00001 ≠ 2), or within FLOAT_NOISE relative (program round-off such
 *    as 0.30000000000000004).
 * 4. IRRATIONAL CONSTANTS. Two exact closed forms without variables (radicals, π, logs) are equal
 *    when they agree to CLOSED_FORM_REL relative in double precision; the symbolic stage (sympy)
 *    confirms when present, and also rechecks near misses (a NO within 1e-6). Tiny values are
 *    compared relatively, never with an absolute epsilon,
 *    so 1e-12 ≠ 2e-12.
 * 5. VARIABLES. Expressions with free variables are compared by sympy when the symbolic stage is
 *    available; the rules fall back to evaluating both at PROBE_POINTS random points
 *    (PROBE_REL agreement at every point where both are defined, at least PROBE_MIN_POINTS).
 * 6. PERCENT. `25%` matches `25` (the percent sign read as a unit) and `0.25` (its value). A plain
 *    `25` never matches `0.25`: no ×100 / ÷100 guessing without a percent sign. When the question
 *    is known and never mentions percent, `80%` only means 0.8 (so it does not match `80`).
 * 7. DEGREES. `30°` matches `30` and, as an angle, `π/6`. A bare `30` never matches `π/6`.
 * 8. UNITS AND CURRENCY. `$`, `\$`, and trailing unit words (`cm`, `\text{ dollars}`, `m^2`) are
 *    dropped when what precedes them is a number or a constant expression. If BOTH sides name a
 *    unit: the same unit compares the numbers; two known units of one dimension (time, length,
 *    mass, money, volume) are converted exactly (`90 minutes` = `1.5 hours`); otherwise a NO.
 *    Scale words are numbers, not units: `1.5 million` = 1500000, `3 dozen` = 36.
 * 9. EQUATIONS. `x = 3` matches `3`; `y = 2x + 3` matches `2x + 3`; two equations for different
 *    named variables do not match. Systems (`x = 1, y = 2`, `{x: 1, y: 2}`) match by name, or a
 *    tuple in alphabetical order of the names.
 * 10. STRUCTURES. Sets, bare comma lists and Python lists against sets/bare lists are unordered;
 *    tuples `( )` and `\langle \rangle` are ordered; a one-element list matches its element.
 *    Intervals keep their ends as written: `(1, 2]` ≠ `[1, 2]`, `[2, ∞]` ≠ `[2, ∞)`.
 *    `(a, b)` against `[a, b]` is a NO (open vs closed) unless the question asks for a point,
 *    ordered pair or vector. Matrices compare element-wise; a one-row/column matrix is a vector.
 * 11. HEDGES. "3 or 4" (or ± against a single value) is a NO unless the reference itself lists
 *    several values, in which case "or" is read as a list separator.
 * 12. CHOICES. A reference that is a choice letter matches a response whose answer names exactly
 *    that letter (`C`, `(C)`, `\textbf{(C)}`, `C: 42`), or the text/value of option C when the
 *    question lists its options. A response naming several letters is a NO.
 * 13. TEXT. Words are compared case-, space- and punctuation-insensitively, articles dropped;
 *    `True`/`yes` and `False`/`no` are booleans; number words up to the thousands are numbers.
 * 14. UNDECIDED. When nothing above applies (an unparsable side), the rules return null, the
 *    symbolic stage and then the optional LLM judge may decide; otherwise the verdict stays null.
 */

/** Policy 3: a rounded decimal must show at least this many significant digits. */
export const MIN_SIG_DIGITS = 6;
/** Policy 3: relative difference accepted as floating-point round-off in program output. */
export const FLOAT_NOISE = 1e-9;
/** Policy 4: relative agreement for two exact closed forms evaluated in double precision. */
export const CLOSED_FORM_REL = 1e-12;
/** Policy 5: random evaluation points and the agreement required at each. */
export const PROBE_POINTS = 8;
export const PROBE_MIN_POINTS = 4;
export const PROBE_REL = 1e-9;
/** Policy 1: prose longer than this (or on several lines) without a final-answer marker has no answer. */
export const BARE_ANSWER_MAX_CHARS = 80;

/** Policy 8: `<constant expression> <unit words>`; group 1 the value, group 2 the unit. */
export const UNIT_WORD = /^(.*?)(?:(?<=[\d})\]])\s*|\s+)((?:(?:square|sq\.?|cubic)\s+)?[A-Za-z][A-Za-z.]*(?:\s*(?:\^\s*\{?\d\}?|\/\s*[A-Za-z]+|per\s+[A-Za-z]+))*(?:\s+[A-Za-z][A-Za-z.]*(?:\s*\^\s*\{?\d\}?)?){0,3})$/;

/** Policy 8: single letters accepted as units only when written apart from the number. */
export const SINGLE_LETTER_UNITS = new Set(['m', 'g', 's', 'h', 'l', 'L', 'N', 'J', 'W', 'V', 'K']);
/** Policy 8: short unit names accepted even when glued to the number (`5cm`). */
export const SHORT_UNITS = new Set(['cm', 'mm', 'km', 'kg', 'mg', 'ft', 'in', 'mi', 'yd', 'lb', 'lbs', 'oz', 'ml', 'mL', 'hr', 'hrs', 'yr', 'yrs', 'sq', 'cc', 'mph', 'kph', 'min', 'sec', 'cm^2', 'm^2']);

/** Policy 8: is `unit` (as matched by UNIT_WORD after `head`) a unit rather than variables? */
export function isUnit(whole: string, head: string, unit: string): boolean {
  const first = unit.split(/[\s^/]/)[0]!;
  if (SHORT_UNITS.has(first) || /^(?:square|sq\.?|cubic)$/.test(first)) return true;
  const apart = /\s$/.test(whole.slice(0, whole.length - unit.length)) || head.length === 0;
  if (first.length === 1) return apart && SINGLE_LETTER_UNITS.has(first);
  return apart && first.length >= 3;
}

const UNIT_ALIASES: Record<string, string> = {
  centimeter: 'cm', centimetre: 'cm', meter: 'm', metre: 'm', kilometer: 'km', kilometre: 'km', millimeter: 'mm', millimetre: 'mm',
  inch: 'in', inche: 'in', foot: 'ft', feet: 'ft', yard: 'yd', mile: 'mi', hour: 'h', hr: 'h', minute: 'min', second: 's', sec: 's',
  dollar: 'usd', buck: 'usd', cent: 'cent', gram: 'g', kilogram: 'kg', pound: 'lb', lbs: 'lb', liter: 'l', litre: 'l', unit: 'unit',
  day: 'day', week: 'week', year: 'year', yr: 'year', month: 'month',
};

/** Policy 8: a comparable form of a unit (`square centimeters` → `cm^2`, `Dollars` → `usd`). */
export function canonicalUnit(unit: string): string {
  let u = unit.toLowerCase().replace(/\s+/g, ' ').trim();
  let power = '';
  const sq = /^(?:square|sq\.?)\s+(.*)$/.exec(u);
  if (sq) [u, power] = [sq[1]!, '^2'];
  const cu = /^cubic\s+(.*)$/.exec(u);
  if (cu) [u, power] = [cu[1]!, '^3'];
  const pw = /^(.*?)\s*\^\s*\{?(\d)\}?$/.exec(u);
  if (pw) [u, power] = [pw[1]!, `^${pw[2]}`];
  const words = u.split(/\s+/).map((w) => {
    const bare = w.replace(/\.$/, '');
    const singular = bare.length > 3 && bare.endsWith('s') ? bare.slice(0, -1) : bare;
    return UNIT_ALIASES[singular] ?? UNIT_ALIASES[bare] ?? singular;
  });
  return words.join(' ') + power;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Policy 13: "twenty-one" → 21 for number words below a million; null otherwise. */
export function numberWord(text: string): number | null {
  if (text.length > 60 || !/^[a-z][a-z\s-]*$/i.test(text)) return null;
  const words = text.toLowerCase().replace(/-/g, ' ').replace(/\band\b/g, ' ').trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return null;
  let total = 0;
  let current = 0;
  for (const w of words) {
    const small = NUMBER_WORDS.indexOf(w);
    const tens = TENS.indexOf(w);
    if (small >= 0) current += small;
    else if (tens >= 2) current += tens * 10;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** Policy 8: exact factors to a base unit per dimension (a unit missing here is never converted). */
export const UNIT_FACTORS: Record<string, { dim: string; factor: string }> = {
  s: { dim: 'time', factor: '1' }, min: { dim: 'time', factor: '60' }, h: { dim: 'time', factor: '3600' },
  day: { dim: 'time', factor: '86400' }, week: { dim: 'time', factor: '604800' },
  mm: { dim: 'length', factor: '0.001' }, cm: { dim: 'length', factor: '0.01' }, m: { dim: 'length', factor: '1' },
  km: { dim: 'length', factor: '1000' }, in: { dim: 'length', factor: '0.0254' }, ft: { dim: 'length', factor: '0.3048' },
  yd: { dim: 'length', factor: '0.9144' }, mi: { dim: 'length', factor: '1609.344' },
  mg: { dim: 'mass', factor: '0.001' }, g: { dim: 'mass', factor: '1' }, kg: { dim: 'mass', factor: '1000' },
  usd: { dim: 'money', factor: '1' }, cent: { dim: 'money', factor: '0.01' },
  ml: { dim: 'volume', factor: '0.001' }, l: { dim: 'volume', factor: '1' },
};
