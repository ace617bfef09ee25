import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { opaqueValues } from '../../../src/core/critic/ast';
import { parseExpr } from '../../../src/core/critic/parse';

/**
 * opaqueValues: an unknown function applied to constants (`f(0)`) is one unknown value; applied to
 * a variable (`f(x)`) it is not a single value, so it is not treated as an unknown.
 */
const opaque = (t: string) => [...opaqueValues(parseExpr(t)!)].sort();

describe('opaqueValues', () => {
  describe('should count only applications to constants', () => {
    test('for f(0) + f(x)', () => {
      expect(opaque('f(0)+f(x)')).toEqual(['apply_f(0/1)']);
    });
    test('for f(x)', () => {
      expect(opaque('f(x)')).toEqual([]);
    });
  });
});

describe('judgeByRules', () => {
  describe('should not decide on an unknown function of a variable', () => {
    test('for f(x) against f(x + 0)', () => {
      expect(judgeByRules('f(x)', 'f(x+0)').equal).toBeNull();
    });
    test('for f(x) against f(2x)', () => {
      expect(judgeByRules('f(x)', 'f(2x)').equal).toBeNull();
    });
  });
});
