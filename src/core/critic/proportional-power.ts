/**
 * Policy `equations`: "R is proportional to some power of M; what is that power?" — an answer written as
 * the proportionality `R \propto M^{1/3}` states the power 1/3, compared with a reference that is the bare
 * number. Only when the question asks for a power or an exponent and the reference is not itself a proportionality.
 */

const NAME = String.raw`[A-Za-z](?:_\{?\w+\}?)?|\\[A-Za-z]+`;
// `R \propto M^{1/3}`, `R ∝ M^(-1/3)`, `R \propto M^{-0.5}`: one name proportional to a power of another.
const PROPORTION = new RegExp(String.raw`^\s*(?:${NAME})\s*(?:\\propto|∝)\s*(?:${NAME})\s*\^\s*(?:\{([^{}]+(?:\{[^{}]*\}[^{}]*)*)\}|\(([^()]+)\)|(-?\d+(?:\.\d+)?))\s*\.?\s*$`);
const ASKS_POWER = /\b(?:power|exponent|index)\b/i;

/** The exponent an answer `A \propto B^{e}` states, when the question asks for a power and the reference is a number; else null. */
export function statedPower(pred: string, gold: string, question: string | undefined): string | null {
  if (!(pred.includes('propto') || pred.includes('∝')) || gold.includes('propto') || gold.includes('∝') || question === undefined || !ASKS_POWER.test(question)) return null;
  const m = PROPORTION.exec(pred);
  return m ? (m[1] ?? m[2] ?? m[3])!.trim() : null;
}
