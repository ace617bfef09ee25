/**
 * Policy `final-answer`: when the output prints several values (`print(red, blue, red + blue)` → `6 3 9`)
 * and the sentence after it names more than one of them, the one it calls the total ("…6 rows of red
 * tulips and 3 rows of blue tulips, which is 9 rows in total.") is the one it answers with, and so is the one it
 * counts in the noun a "how many" question counts (`3/2 27`, then "They meet after 1.5 hours, at 27 miles from City
 * A." for "How many miles from City A …?").
 */
import { countedNoun } from './counted';

/** A number as the sentence shows it (`0.9683`, `1,110`, `35%`) is the printed value, or that value rounded to its digits. */
export function sameShown(shown: string, printed: number): boolean {
  const v = Number(shown.replace(/[,%]/g, ''));
  const decimals = (/\.(\d+)/.exec(shown)?.[1] ?? '').length;
  return Math.abs(v - printed) <= 0.5 * 10 ** -decimals * (1 + 1e-9);
}

// "which is 9 rows in total", "for a total of 9 rows", "making 9 altogether".
const TOTAL = /\b(?:which is|that is|that's|for|making|so)\s+(?:a\s+total\s+of\s+)?(-?\d[\d,]*(?:\.\d+)?)\b[^.;]*?\b(?:in total|altogether|in all)\b|\ba total of\s+(-?\d[\d,]*(?:\.\d+)?)/i;

/** The printed value the sentence calls the total or counts in the asked noun; null when it picks none, or not one. */
export function pickedPrinted(sentence: string, printed: number[], question: string | undefined): string | null {
  const isPrinted = (v: string) => printed.some((p) => sameShown(v, p));
  const total = TOTAL.exec(sentence);
  const value = total ? (total[1] ?? total[2])! : null;
  if (value !== null) return isPrinted(value) ? value : null;
  const noun = question ? countedNoun(question) : null;
  if (noun === null) return null;
  const counted = new RegExp(String.raw`(-?\d[\d,]*(?:\.\d+)?)\s+${noun.replace(/s$/, '')}s?\b`, 'gi');
  const found = [...sentence.matchAll(counted)].map((m) => m[1]!).filter(isPrinted);
  return found.length === 1 ? found[0]! : null;
}
