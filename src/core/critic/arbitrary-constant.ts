/** Policy `variables`: the arbitrary constant of a general solution may be named differently on the two sides. */
import type { Node } from './ast';
import { freeVars, substitute } from './ast';

// Questions whose answer carries an arbitrary constant: general solutions, antiderivatives.
const ASKS_FOR_GENERAL = /general solution|differential equation|antiderivative|indefinite integral|arbitrary constant|constant of integration/i;
const CONSTANT_NAME = /^[CcKk](?:_[0-9])?$/;

/**
 * `y = \frac{2x-1}{4} + Ce^{-2x}` against `x/2 - 1/4 + ce^{-2x}`: when the question asks for a general
 * solution and each side has exactly one unknown the other lacks, both named like a constant (`C`,
 * `c`, `K`, `C_1`), the answer's is renamed to the reference's. Null when that does not apply.
 */
export function renameArbitraryConstant(answer: Node, reference: Node, question: string | undefined): Node | null {
  if (!question || !ASKS_FOR_GENERAL.test(question)) return null;
  const mine = freeVars(answer);
  const theirs = freeVars(reference);
  const onlyMine = [...mine].filter((v) => !theirs.has(v));
  const onlyTheirs = [...theirs].filter((v) => !mine.has(v));
  if (onlyMine.length !== 1 || onlyTheirs.length !== 1 || !CONSTANT_NAME.test(onlyMine[0]!) || !CONSTANT_NAME.test(onlyTheirs[0]!)) return null;
  return substitute(answer, onlyMine[0]!, { t: 'sym', name: onlyTheirs[0]! });
}
