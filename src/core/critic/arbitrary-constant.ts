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
  if (onlyMine.length === 0 && onlyTheirs.length === 0) return shuffledConstants(answer, mine, question);
  if (onlyMine.length === 0 || onlyMine.length > 3 || onlyMine.length !== onlyTheirs.length) return [];
  if (![...onlyMine, ...onlyTheirs].every((v) => CONSTANT_NAME.test(v))) return [];
  return renamings(answer, onlyMine, onlyTheirs);
}

/**
 * `C_1\cos t + C_2\sin t + C_3e^t + C_4e^{-t}` against `C_1e^t + C_2e^{-t} + C_3\cos t + C_4\sin t`:
 * the same constant names (two to four) in other roles. Names the question writes alone are its
 * parameters, not arbitrary constants, and keep their place.
 */
function shuffledConstants(answer: Node, names: Set<string>, question: string): Node[] {
  const text = question.replace(/\\[A-Za-z]+/g, ' ');
  const own = [...names].filter((v) => CONSTANT_NAME.test(v) && !new RegExp(`(?<![A-Za-z0-9_])${v}(?![A-Za-z0-9_])`).test(text));
  return own.length >= 2 && own.length <= 4 ? renamings(answer, own, own).slice(1) : [];
}

/** Every way of renaming `from` (the answer's constants) to `to`. */
function renamings(answer: Node, from: string[], to: string[]): Node[] {
  return permutations(to).map((names) => {
    // Through fresh names first, so renaming `c` to `C` and `C` to `c` cannot collide.
    const fresh = from.reduce((node, v, i) => substitute(node, v, { t: 'sym', name: `__constant${i}` }), answer);
    return names.reduce((node, v, i) => substitute(node, `__constant${i}`, { t: 'sym', name: v }), fresh);
  });
}

function permutations(items: string[]): string[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}
