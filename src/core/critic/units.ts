/** Units and currency (policy `units`): what counts as a unit, its canonical name, exact conversion factors. */
import { add, div, mul, ratFromDecimal, type Rat } from './rational';

/** `<constant expression> <unit words>`; group 1 the value, group 2 the unit. */
// Powers may be negative: `s^{-1}`, `m s^{-2}`; count nouns may be hyphenated: `7 push-ups`, `12 T-shirts`; a compound unit
// may join its words with a dot and divide by one after the first: `kg \cdot m/s`, `N·m`, `kg m/s`.
export const UNIT_WORD = /^(.*?)(?:(?<=[\d})\]])\s*|\s+)((?:(?:square|sq\.?|cubic)\s+)?[A-Za-z][A-Za-z.]*(?:-[A-Za-z]+)*(?:\s*(?:\^\s*\{?-?\d\}?|\/\s*[A-Za-z]+|per\s+[A-Za-z]+))*(?:(?:\s*(?:\\cdot|·)\s*|\s+)[A-Za-z][A-Za-z.]*(?:-[A-Za-z]+)*(?:\s*(?:\^\s*\{?-?\d\}?|\/\s*[A-Za-z]+))*){0,3})$/;

/** Single letters accepted as units only when written apart from the number. */
export const SINGLE_LETTER_UNITS = new Set(['m', 'g', 's', 'h', 'l', 'L', 'N', 'J', 'W', 'V', 'K']);
// The unit each letter abbreviates, as a question asks for it ("in volts", "in metres").
const LETTER_UNIT_WORDS: Record<string, string> = { m: 'met(?:er|re)s?\\b', g: 'grams?\\b', s: 'seconds?\\b', h: 'hours?\\b', l: 'lit(?:er|re)s?\\b', L: 'lit(?:er|re)s?\\b', N: 'newtons?\\b', J: 'joules?\\b', W: 'watts?\\b', V: 'volts?\\b', K: 'kelvins?\\b' };
/** Two-letter units (physics and chemistry) accepted when written apart from the number: `1.55 eV`, not `2 ab`. */
export const TWO_LETTER_UNITS = new Set(['eV', 'Hz', 'Pa', 'nm', 'pm', 'fm', 'um', 'μm', 'ms', 'ns', 'μs', 'kJ', 'MJ', 'kW', 'MW', 'GW', 'kV', 'mV', 'mA', 'kN', 'dB', 'Wb', 'lm', 'lx', 'Gy', 'Sv', 'Bq', 'AU', 'ly', 'pc']);
/** Short unit names accepted even when glued to the number (`5cm`). */
export const SHORT_UNITS = new Set(['cm', 'mm', 'km', 'kg', 'mg', 'ft', 'in', 'mi', 'yd', 'lb', 'lbs', 'oz', 'ml', 'mL', 'hr', 'hrs', 'yr', 'yrs', 'sq', 'cc', 'mph', 'kph', 'min', 'sec', 'cm^2', 'm^2']);

/** Is `unit` (as matched by UNIT_WORD after `head`) a unit rather than variables? */
export function isUnit(whole: string, head: string, unit: string): boolean {
  const first = unit.split(/[\s^/]/)[0]!;
  if (SHORT_UNITS.has(first) || /^(?:square|sq\.?|cubic)$/.test(first)) return true;
  const apart = /\s$/.test(whole.slice(0, whole.length - unit.length)) || head.length === 0;
  if (first.length === 1) return apart && SINGLE_LETTER_UNITS.has(first);
  if (first.length === 2) return apart && TWO_LETTER_UNITS.has(first);
  return apart && first.length >= 3;
}

// A unit after a number in working, with an optional power and a `/unit` or "per unit" after it (`36 in/yd`, `60 min/h`).
const UNIT_AFTER_NUMBER = /(?<=[\d})])(\s*)([A-Za-z]+)(\s*\^\s*\{?\d\}?)?((?:\s*\/\s*|\s+per\s+)([A-Za-z]+))?(?![A-Za-z])/g;

/**
 * A side of working without the units and percent signs after its numbers (`612 in \div 36 in/yd` →
 * `612 \div 36`), to tell a computation from an equation; null when nothing was dropped. A single
 * letter (`3 m`) is taken for a unit only when `singleLetters` (the result carries a unit too), as it
 * may be a variable otherwise.
 */
export function withoutUnits(side: string, singleLetters: boolean): string | null {
  const known = (w: string, apart: boolean) =>
    w.length === 1 ? apart && singleLetters && SINGLE_LETTER_UNITS.has(w) : SHORT_UNITS.has(w) || NAMED_UNITS.has(canonicalUnit(w)) || (apart && TWO_LETTER_UNITS.has(w));
  let dropped = false;
  const out = side
    .replace(/(?<=\d)\s*%/g, () => ((dropped = true), ''))
    .replace(UNIT_AFTER_NUMBER, (m, space: string, unit: string, _power?: string, per?: string, under?: string) => {
      const apart = space.length > 0;
      if (!known(unit, apart) || (per !== undefined && !known(under!, true))) return m;
      dropped = true;
      return '';
    });
  return dropped ? out : null;
}

const UNIT_ALIASES: Record<string, string> = {
  centimeter: 'cm', centimetre: 'cm', meter: 'm', metre: 'm', kilometer: 'km', kilometre: 'km', millimeter: 'mm', millimetre: 'mm',
  inch: 'in', inche: 'in', foot: 'ft', feet: 'ft', yard: 'yd', mile: 'mi', hour: 'h', hr: 'h', minute: 'min', second: 's', sec: 's',
  dollar: 'usd', buck: 'usd', cent: 'cent', gram: 'g', kilogram: 'kg', pound: 'lb', liter: 'l', litre: 'l', unit: 'unit',
  day: 'day', week: 'week', year: 'year', yr: 'year', month: 'month',
};

// Units known by name (converted or not): `years`, `months` and `dollars` as well as `inches`.
const NAMED_UNITS = new Set([...Object.values(UNIT_ALIASES), 'usd']);

const EXTENT_WORD = /\s+(?:long|tall|wide|high|deep|thick|across|away|old)$/;

/** A comparable form of a unit (`square centimeters` → `cm^2`, `Dollars` → `usd`). */
export function canonicalUnit(unit: string): string {
  let u = unit.toLowerCase().replace(/\s+/g, ' ').trim();
  // "90 cm long", "12 feet tall", "5 years old": the word says which extent is measured, not another unit.
  if (u.includes(' ')) u = u.replace(EXTENT_WORD, '');
  let power = '';
  const sq = /^(?:square|sq\.?)\s+(.*)$/.exec(u);
  if (sq) [u, power] = [sq[1]!, '^2'];
  const cu = /^cubic\s+(.*)$/.exec(u);
  if (cu) [u, power] = [cu[1]!, '^3'];
  // "cm squared", "m cubed": the power after the unit, in words.
  const after = /^(.*?)\s+(squared|cubed)$/.exec(u);
  if (after) [u, power] = [after[1]!, after[2] === 'squared' ? '^2' : '^3'];
  const pw = /^(.*?)\s*\^\s*\{?(-?\d)\}?$/.exec(u);
  if (pw) [u, power] = [pw[1]!, `^${pw[2]}`];
  const words = u.split(/\s+/).map((w) => {
    const bare = w.replace(/\.$/, '');
    // A plural of three letters or more loses its `s` (`kgs`, `yrs`, `hours`); `ms` (milliseconds) is no plural of `m`.
    const singular = bare.length >= 3 && bare.endsWith('s') ? bare.slice(0, -1) : bare;
    return UNIT_ALIASES[singular] ?? UNIT_ALIASES[bare] ?? singular;
  });
  return words.join(' ') + power;
}

/** Exact factors to a base unit per dimension (a unit missing here is never converted). */
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

// "3 hours and 20 minutes", "5 ft 3 in", "1 m, 20 cm": amounts of one dimension, the largest unit first.
const COMPOUND = /^\d+(?:\.\d+)?\s*[A-Za-z]+\.?(?:(?:\s*,\s*|\s+)(?:and\s+)?\d+(?:\.\d+)?\s*[A-Za-z]+\.?)+$/;
const COMPOUND_RUN = /\d+(?:\.\d+)?\s*[A-Za-z]+\.?(?:(?:\s*,\s*|\s+)(?:and\s+)?\d+(?:\.\d+)?\s*[A-Za-z]+\.?)+/g;
const COMPOUND_PART = /(\d+(?:\.\d+)?)\s*([A-Za-z]+)/g;

/** A compound amount as one amount of its last (smallest) unit (`3 hours and 20 minutes` → `200 minutes`); null when it is not one. */
export function compoundQuantity(s: string): string | null {
  if (!COMPOUND.test(s)) return null;
  let total: Rat = { n: 0n, d: 1n };
  let last: { dim: string; factor: Rat; unit: string } | null = null;
  for (const m of s.matchAll(COMPOUND_PART)) {
    const f = UNIT_FACTORS[canonicalUnit(m[2]!)];
    const factor = f && ratFromDecimal(f.factor);
    const amount = ratFromDecimal(m[1]!);
    if (!f || !factor || !amount) return null;
    // One dimension, each unit smaller than the one before: otherwise it is a list of amounts.
    if (last && (last.dim !== f.dim || factor.n * last.factor.d >= last.factor.n * factor.d)) return null;
    total = add(total, mul(amount, factor));
    last = { dim: f.dim, factor, unit: m[2]! };
  }
  const value = last && div(total, last.factor);
  if (!value) return null;
  return `${value.d === 1n ? value.n : `\\frac{${value.n}}{${value.d}}`} ${last!.unit}`;
}

/** An amount (`227 minutes`) or a compound one (`3 hours and 47 minutes`) in its dimension's base unit; null when it is neither. */
function baseAmount(s: string): { dim: string; value: Rat } | null {
  const m = /^(\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec((compoundQuantity(s) ?? s).trim());
  const f = m && UNIT_FACTORS[canonicalUnit(m[2]!)];
  const [amount, factor] = f ? [ratFromDecimal(m![1]!), ratFromDecimal(f.factor)] : [null, null];
  return f && amount && factor ? { dim: f.dim, value: mul(amount, factor) } : null;
}

// "It will take 227 minutes, or 3 hours and 47 minutes.": an amount restated after "or", "i.e.", "that is" to the end.
// Words may stand between the amount and the comma ("1.5 m of rope is left, i.e. 150 cm."), but no other number.
const RESTATED_AFTER = /(\d[\d,]*(?:\.\d+)?\s*[A-Za-z]+)([^\d,;]*?)\s*,\s*(?:or|i\.e\.,?|that is,?)\s+(\d[^,;]*?)\s*([.!]?)\s*$/i;

/** The sentence without a closing restatement of its last amount in other units (the same amount, not another value); null when it has none. */
export function withoutRestatedAmount(sentence: string): string | null {
  const m = RESTATED_AFTER.exec(sentence);
  const [a, b] = m ? [baseAmount(m[1]!.replace(/,/g, '')), baseAmount(m[3]!)] : [null, null];
  if (!a || !b || a.dim !== b.dim || a.value.n * b.value.d !== b.value.n * a.value.d) return null;
  return sentence.slice(0, m!.index! + m![1]!.length + m![2]!.length) + m![4]!;
}

/** The first compound amount inside a sentence ("It takes 1 hour and 15 minutes."), as `compoundQuantity` reads it, with where it stands. */
export function compoundIn(sentence: string): { value: string; at: number; end: number } | null {
  for (const m of sentence.matchAll(COMPOUND_RUN)) {
    const value = compoundQuantity(m[0].replace(/\.$/, ''));
    if (value) return { value, at: m.index!, end: m.index! + m[0].length };
  }
  return null;
}

// The question's formulas, with text, commands and spacing commands taken out (a `\text{ m}` is a unit).
const formulas = (q: string) => [...q.matchAll(/\$\$?([^$]+)\$\$?|\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/g)].map((m) => (m[1] ?? m[2] ?? m[3])!.replace(/\\(?:text|mathrm|operatorname)\s*\{[^}]*\}/g, ' ').replace(/\\[A-Za-z]+|\\[,;:! ]/g, ' '));
// The letter alone, not after a number (`5 m` is five metres) nor inside a word.
const alone = (letter: string) => new RegExp(`(?:^|[^A-Za-z\\d}.\\s])\\s*${letter}(?![A-Za-z])`);

/** A lone letter after a number read as a variable: `sure` when the other side uses it, not only the question. */
export interface LetterReading {
  text: string;
  sure: boolean;
}

/**
 * `\frac{37}{4} m` is 37m/4 when the mass `m` is a variable: the other side uses the letter in a
 * formula (`k = \frac{37m}{4}`: sure) or the question's formulas use it alone
 * (`$m \ddot{x} + b \dot{x} + k x = 0$`: only possibly, as the answer may still be in metres).
 * Null when a single letter apart from its number stays a unit (`5 m`) or there is none.
 */
export function letterAsVariable(side: string, other: string, question: string): LetterReading | null {
  const m = /^(.*?[\d}])\s+([A-Za-z])$/.exec(side);
  if (!m || !SINGLE_LETTER_UNITS.has(m[2]!)) return null;
  const letter = m[2]!;
  // "…? Format your answer as an integer, in Volts.", "… in m.": the question names the unit the letter abbreviates, or the letter as a unit.
  if (new RegExp(String.raw`\bin\s+(?:${LETTER_UNIT_WORDS[letter]})`, 'i').test(question)) return null;
  if (new RegExp(String.raw`\bin\s+(?:\$\s*)?(?:\\(?:text|mathrm)\s*\{\s*)?${letter}(?![A-Za-z(_^])`).test(question)) return null;
  const otherUses = !/\s[A-Za-z]$/.test(other) && alone(letter).test(other.replace(/\\[A-Za-z]+/g, ' ').replace(new RegExp(`\\d${letter}`, 'g'), `+${letter}`));
  if (!otherUses && !formulas(question).some((f) => alone(letter).test(f))) return null;
  // "… in terms of $m$" says the letter is the variable the answer is written in.
  const inTermsOf = new RegExp(`in terms of\\s+(?:\\$\\s*)?${letter}(?![A-Za-z])`).test(question);
  return { text: `${m[1]} \\cdot ${letter}`, sure: otherUses || inTermsOf };
}

/**
 * `7.6Z eV` for "Give your answer in eV, in terms of $Z$": the unit the question asks for, dropped also
 * after a variable (policy `units` keeps `3 ab` a product otherwise); so is the scale it counts in
 * ("in billions of people"). Returns the side without it.
 */
export function askedUnitDropped(side: string, question: string): string {
  // "0.25 billion people" for "… in billions of people": the scale the question counts in, not a factor of 10^9.
  const scale = /\bin\s+(thousand|million|billion|trillion)s\b/i.exec(question)?.[1]?.toLowerCase();
  if (scale) side = side.replace(new RegExp(String.raw`(?<=[\d}])\s+${scale}s?\b`, 'i'), '');
  const m = /^(.*[A-Za-z\d}])\s+([A-Za-z]{2,3})$/.exec(side);
  if (!m || !(TWO_LETTER_UNITS.has(m[2]!) || SHORT_UNITS.has(m[2]!))) return side;
  const asked = new RegExp(`\\bin\\s+(?:\\$\\s*)?(?:\\\\(?:text|mathrm)\\s*\\{\\s*)?${m[2]}(?![A-Za-z])`);
  return asked.test(question) ? m[1]! : side;
}
