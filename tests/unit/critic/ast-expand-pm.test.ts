import { describe, expect, test } from 'vitest';
import { expandPm, key } from '../../../src/core/critic/ast';
import { parseExpr } from '../../../src/core/critic/parse';

/** expandPm: `a ± b` becomes `a + b` for the first value and `a - b` for the second. */
const expanded = (t: string, sign: 1 | -1) => key(expandPm(parseExpr(t)!, sign));

describe('expandPm', () => {
  describe('should take the plus for sign 1 and the minus for sign -1', () => {
    test('for x ± 1 with sign 1', () => {
      expect(expanded('x\\pm1', 1)).toBe('(x add 1/1)');
    });
    test('for x ± 1 with sign -1', () => {
      expect(expanded('x\\pm1', -1)).toBe('(x sub 1/1)');
    });
  });
});
