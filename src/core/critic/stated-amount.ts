/**
 * The amount a sentence states around its number: a scale word after it ("1.45 million") or a unit
 * of time, length, mass, money or volume (policy `units`). Split from sentence.ts.
 */
import { UNIT_FACTORS, canonicalUnit } from './units';

const SCALE_WORDS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

/** "1.5 million people" → `1500000`: a number with a scale word after it, the decimal point moved exactly (no float rounding). */
export function withScale(text: string, number: string): string | null {
  const at = text.indexOf(number);
  const word = at < 0 ? null : /^\s+(thousand|million|billion|trillion)\b/i.exec(text.slice(at + number.length));
  if (!word || !/^-?\d+(?:\.\d+)?$/.test(number)) return null;
  const shift = SCALE_WORDS[word[1]!.toLowerCase()]!;
  const [whole, fraction = ''] = number.split('.');
  if (fraction.length > shift) return `${whole}${fraction.slice(0, shift)}.${fraction.slice(shift)}`;
  return `${whole}${fraction.padEnd(shift, '0')}`.replace(/^(-?)0+(?=\d)/, '$1');
}

/** "It will take 45 minutes." → `45 minutes`: a unit of time, length, mass, money or volume after the number stays with it (policy `units`). */
export function withUnit(text: string, number: string): string {
  const at = text.indexOf(number);
  const unit = at < 0 ? null : /^\s*([A-Za-z]+)\b/.exec(text.slice(at + number.length));
  // "…$42 in total": `in` after a number in a sentence is the preposition, not inches.
  return unit && unit[1] !== 'in' && UNIT_FACTORS[canonicalUnit(unit[1]!)] ? `${number} ${unit[1]}` : number;
}
