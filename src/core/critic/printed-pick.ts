/**
 * Policy `final-answer`: when the output prints several values (`print(red, blue, red + blue)` → `6 3 9`)
 * and the sentence after it names more than one of them, the one it calls the total ("…6 rows of red
 * tulips and 3 rows of blue tulips, which is 9 rows in total.") is the one it answers with.
 */

/** A number as the sentence shows it (`0.9683`, `1,110`, `35%`) is the printed value, or that value rounded to its digits. */
export function sameShown(shown: string, printed: number): boolean {
  const v = Number(shown.replace(/[,%]/g, ''));
  const decimals = (/\.(\d+)/.exec(shown)?.[1] ?? '').length;
  return Math.abs(v - printed) <= 0.5 * 10 ** -decimals * (1 + 1e-9);
}

// "which is 9 rows in total", "for a total of 9 rows", "making 9 altogether".
const TOTAL = /\b(?:which is|that is|that's|for|making|so)\s+(?:a\s+total\s+of\s+)?(-?\d[\d,]*(?:\.\d+)?)\b[^.;]*?\b(?:in total|altogether|in all)\b|\ba total of\s+(-?\d[\d,]*(?:\.\d+)?)/i;

/** The printed value the sentence calls the total; null when it calls none so, or one that was not printed. */
export function pickedPrinted(sentence: string, printed: number[]): string | null {
  const total = TOTAL.exec(sentence);
  const value = total ? (total[1] ?? total[2])! : null;
  return value !== null && printed.some((p) => sameShown(value, p)) ? value : null;
}
