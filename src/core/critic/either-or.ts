/**
 * Policy `hedges`: against a reference of several values, "or" lists them. A sentence that ends on
 * values joined by "or" after its verb, some in `$…$` and some bare ("So $x$ is either 4 or $-1$."),
 * gives those values; trailingValues reads the run only when every value is marked.
 */

const VALUE = String.raw`(?:\$[^$]+\$|-?\d+(?:\.\d+)?(?:\/\d+)?)`;
// After the sentence's last verb of being, then values and nothing else: "…is either 4 or $-1$.", "…are 2, 3, or 5".
const RUN = new RegExp(String.raw`\b(?:is|are|be|equals)\s+(?:either\s+)?(${VALUE}(?:\s*,\s*${VALUE})*\s*,?\s+or\s+${VALUE})\s*[.!]?\s*$`, 'i');

/** The values a sentence ends on joined by "or" after its verb ("either 4 or $-1$" → 4, -1); null otherwise. */
export function orValues(sentence: string): string[] | null {
  if (!/\bor\b/i.test(sentence)) return null;
  const m = RUN.exec(sentence);
  if (!m) return null;
  // "or" in any case, as RUN reads it ("either 4 OR $-1$").
  return m[1]!.split(/\s*,\s*or\s+|\s*,\s*|\s+or\s+/i).map((v) => v.replace(/^\$|\$$/g, '').trim()).filter((v) => v !== '');
}
