import { expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { parseExpr } from '../../../src/core/critic/parse';
import { compareNodes } from '../../../src/core/critic/scalar';

/**
 * Equations are compared by `lhs − rhs` without expanding ±, so a ± reaches compareNodes in
 * scalar.ts. Two copies of the same equation must still match there; before the fix the ± guard
 * came first and left `y − 1 = ±x` against `(y − 1) = ±x` undecided.
 */
test('the same equation with ± written with extra brackets should match', () => {
  const v = judgeByRules('y-1=\\pm x', '(y-1)=\\pm x');
  expect(v.equal).toBe(true);
  expect(v.reason).toBe('The equations are the same: Both are the same expression.');
});

test('equations with ± that differ should not match by the rules', () => {
  // y − 1 = ±x is the pair of lines y = 1 + x and y = 1 − x; y = 1 + x is only one of them. The
  // rules cannot expand ± inside an equation, so they leave it to the symbolic check.
  expect(judgeByRules('y-1=\\pm x', 'y-1=x').equal).toBe(null);
});

test('compareNodes should leave a ± on either side to the caller, saying so', () => {
  // ± is a pair of values; compareNodes compares single values and never evaluates one.
  for (const [a, b] of [['1\\pm x', '1+x'], ['1+x', '1\\pm x'], ['-1\\pm x', 'x\\pm -1']]) {
    const out = compareNodes(parseExpr(a!)!, parseExpr(b!)!);
    expect(out.equal, `${a} vs ${b}`).toBe(null);
    expect(out.reason).toBe('± is handled as a pair of values');
    expect(out.confirm).toBe(undefined);
  }
});
