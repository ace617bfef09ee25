/** Licences of the public problem sets the playground knows, by the `source` name importers give problems. */

const KNOWN: [prefix: string, name: string, licence: string][] = [
  ['gsm8k', 'GSM8K (openai/grade-school-math)', 'MIT'],
  ['svamp', 'SVAMP (arkilpatel/SVAMP)', 'MIT'],
  ['minerva', 'Minerva math (MIT OCW-derived)', 'MIT OCW course material; check the source'],
  ['math', 'MATH (hendrycks/math)', 'MIT'],
  ['aime', 'AIME (public exam questions)', 'public exam questions; check the source'],
  ['amc', 'AMC (public exam questions)', 'public exam questions; check the source'],
  ['gaokao', 'Gaokao (public exam questions)', 'public exam questions; check the source'],
];

/** The set's full name and licence, or a sentence saying it is unknown. */
export function licenceOf(source: string): { name: string; licence: string } {
  const key = source.toLowerCase();
  const hit = KNOWN.find(([prefix]) => key.startsWith(prefix));
  return hit ? { name: hit[1], licence: hit[2] } : { name: source, licence: 'unknown: check where these problems come from before publishing' };
}
