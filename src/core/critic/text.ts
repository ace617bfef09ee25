/** Short text answers (policy `text`): case, spacing, punctuation and articles do not matter. */

/** A comparable form of a short text answer. */
export function textKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\\[a-z]+/g, ' ')
    .replace(/[^a-z0-9\u00c0-\uffff]+/g, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two short texts say the same thing (after textKey; a trailing plural `s` ignored). */
export function sameText(a: string, b: string): boolean {
  const ka = textKey(a);
  const kb = textKey(b);
  // Words only: `\frac{1}{` must not become "1" and match a number.
  if (!/[a-z]/.test(ka) || !/[a-z]/.test(kb) || /[\\{}^_=]/.test(a + b)) return false;
  // Punctuation may differ, but not brackets, operators or digits: `f[1)` is not `f(1)`.
  const symbols = (t: string) => t.replace(/[^()[\]{}\\^_=\/*+<>|0-9-]/g, '');
  if (symbols(a) !== symbols(b)) return false;
  if (ka === kb) return true;
  const singular = (k: string) => k.replace(/(\w{3,})s\b/g, '$1');
  // "infinitely many" = "infinitely many solutions": a trailing generic noun adds nothing.
  const bare = (k: string) => singular(k).replace(/\s+(?:solution|value|number|answer|root|way|possibilitie|possibility)$/, '');
  return singular(ka) === singular(kb) || bare(ka) === bare(kb);
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "twenty-one" → 21 for number words below a million; null otherwise. */
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
