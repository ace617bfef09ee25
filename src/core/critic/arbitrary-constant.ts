/** Policy `variables`: the arbitrary constants of a general solution may be named differently on the two sides. */
import type { Node } from './ast';
import { freeVars, substitute } from './ast';

// Questions whose answer carries arbitrary constants: general solutions, antiderivatives.
// A differential equation written out (`y' = 3y`, `\frac{dy}{dx}`, `dy/dx`) or an integral without limits counts too.
const ASKS_FOR_GENERAL = /general solution|differential equation|antiderivative|indefinite integral|arbitrary constant|constant of integration|\b[a-z]'+\s*(?:\(\s*[a-z]\s*\)\s*)?[-+=]|\\frac\s*\{\s*d\^?\{?\d?\}?\s*[a-z]\s*\}\s*\{\s*d[a-z]|\bd[a-z]\s*\/\s*d[a-z]\b|\\int(?!\s*(?:_|\\limits))/i;
// `C`, `c`, `K`, `A`, `B`, `C_1`, `c_2`: the names people give arbitrary constants.
const CONSTANT_NAME = /^(?:[A-DKck](?:_[0-9])?)$/;

/**
 * `x = Ae^{-t} + Be^{2t}` against `c_1 e^{-t} + c_2 e^{2t}`: when the question asks for a general
 * solution and each side has the same number (one to three) of unknowns the other lacks, all named
 * like constants, every way of renaming the answer's to the reference's. Empty when that does not apply.
 */
export function renamedConstants(answer: Node, reference: Node, question: string | undefined): Node[] {
  if (!question || !ASKS_FOR_GENERAL.test(question)) return [];
  const mine = freeVars(answer);
  const theirs = freeVars(reference);
  const onlyMine = [...mine].filter((v) => !theirs.has(v));
  const onlyTheirs = [...theirs].filter((v) => !mine.has(v));
  if (onlyMine.length === 0 || onlyMine.length > 3 || onlyMine.length !== onlyTheirs.length) return [];
  if (![...onlyMine, ...onlyTheirs].every((v) => CONSTANT_NAME.test(v))) return [];
  return permutations(onlyTheirs).map((names) => {
    // Through fresh names first, so renaming `c` to `C` and `C` to `c` cannot collide.
    const fresh = onlyMine.reduce((node, v, i) => substitute(node, v, { t: 'sym', name: `__constant${i}` }), answer);
    return names.reduce((node, v, i) => substitute(node, `__constant${i}`, { t: 'sym', name: v }), fresh);
  });
}

function permutations(items: string[]): string[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}
