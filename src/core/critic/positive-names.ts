/**
 * Policy `variables`: the letters a question declares positive ("relates the positive numbers q, r,
 * and s", "where $a, b > 0$", "k is a positive constant"). For them `\frac{\sqrt{qs}}{s}` is
 * `\sqrt{\frac{q}{s}}`; without such a declaration the two differ for negative values and stay apart.
 */

// One letter, maybe with a subscript (`q`, `r_0`, `v_{1}`), then more joined by commas and/or "and".
const NAME = String.raw`[A-Za-z](?:_\{?\w+\}?)?`;
const NAMES = String.raw`${NAME}(?:\s*,\s*(?:and\s+)?${NAME}|\s+and\s+${NAME})*`;
const KIND = String.raw`(?:real\s+|whole\s+)?(?:numbers?|reals?|integers?|constants?|quantities|parameters?)`;

const DECLARATIONS: RegExp[] = [
  // "the positive numbers q, r, and s", "positive constants a and b"
  new RegExp(String.raw`\bpositive\s+${KIND}\s+(${NAMES})(?![\w(])`, 'g'),
  // "q, r and s are positive", "let k be a positive constant", "a, b are all positive real numbers"
  new RegExp(String.raw`(?<![\w\\])(${NAMES})\s+(?:are|is|be)\s+(?:all\s+)?(?:an?\s+)?positive\b`, 'g'),
  // "$a, b > 0$", "x > 0", "0 < k"
  new RegExp(String.raw`(?<![\w\\])(${NAMES})\s*>\s*0(?![\d.])`, 'g'),
  new RegExp(String.raw`(?<![\d.])0\s*<\s*(${NAME})(?![\w(])`, 'g'),
];

/** The names the question declares positive (without `$`, subscript braces dropped: `v_{1}` is `v_1`). */
export function positiveNames(question: string): Set<string> {
  // Formula marks and LaTeX spaces go: `\(k > 0\)`, `$a,\,b > 0$`.
  const text = question.replace(/\$|\\[()[\],;:! ]/g, ' ');
  const names = new Set<string>();
  for (const pattern of DECLARATIONS) {
    for (const m of text.matchAll(pattern)) {
      for (const name of m[1]!.matchAll(new RegExp(`(?<![A-Za-z])${NAME}(?![A-Za-z])`, 'g'))) {
        names.add(name[0].replace(/[{}]/g, ''));
      }
    }
  }
  return names;
}
