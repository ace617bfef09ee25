/**
 * Policy `structures`: a reference written `12 \times 18 \times 11` for a question that asks for
 * dimensions lists the lengths of the sides; it is not their product. Both sides are then read as
 * that list ("12 in by 18 in by 11 in" too), in any order, so the volume 2376 is a NO.
 */

const ASKS_DIMENSIONS = /\bdimensions?\b|\bsize of (?:the|this|each) (?:box|room|rectangle|field|garden|sheet|prism)\b/i;
const LENGTH = String.raw`\d+(?:\.\d+)?(?:\s*(?:\\(?:text|mathrm)\s*\{\s*[A-Za-z]+\.?\s*\}|[A-Za-z]+\.?))?`;
const SEPARATOR = String.raw`\s*(?:\\times|×|\\cdot|\bby\b|\*|\bx\b)\s*`;
const SIDES = new RegExp(String.raw`^\s*${LENGTH}(?:${SEPARATOR}${LENGTH}){1,2}\s*$`);

/** The lengths of `12\times18\times11` ("12 in by 18 in"): numbers and units, units dropped; null when `t` is no such list. */
function sides(t: string): string | null {
  if (!SIDES.test(t)) return null;
  return t
    .split(new RegExp(SEPARATOR))
    .map((side) => /\d+(?:\.\d+)?/.exec(side)![0])
    .join(', ');
}

/** Both sides as lists of lengths when the question asks for dimensions and the reference is written as one; unchanged otherwise. */
export function asDimensions(p: string, g: string, question: string | undefined): [string, string] {
  if (!question || !ASKS_DIMENSIONS.test(question)) return [p, g];
  // A reference already read as lengths ("12, 18, 11": a sentence's value is compared again) stays the list.
  const want = sides(g) ?? (/^\s*\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?){1,2}\s*$/.test(g) ? g : null);
  if (want === null) return [p, g];
  return [sides(p) ?? p, want];
}
