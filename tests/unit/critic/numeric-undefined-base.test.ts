import { describe, expect, test } from 'vitest';
import { approx } from '../../../src/core/critic/numeric';
import { parseExpr } from '../../../src/core/critic/parse';

describe('approx', () => {
  describe('should leave both parts undefined for a power of an undefined base', () => {
    test('for a variable without a value under a fractional exponent', () => {
      const node = parseExpr('x^{1/3}');
      if (!node) throw new Error('test input does not parse');
      const v = approx(node);
      expect(Number.isNaN(v.re)).toBe(true);
      expect(Number.isNaN(v.im)).toBe(true);
    });
  });
});
