import { describe, expect, it } from 'vitest';
import { decimalCoefficient } from '../../../src/core/critic/decimal-coefficient';
import type { C } from '../../../src/core/critic/numeric';
import { parseExpr } from '../../../src/core/critic/parse';
import { fmt } from '../../../src/core/critic/scalar';

// A fake in place of the probing ratio: the other side over the factor.
const judgeWith = (value: C) => (p: string, g: string) => decimalCoefficient(parseExpr(p)!, parseExpr(g)!, () => value, fmt);
const judge = judgeWith({ re: Math.SQRT1_2, im: 0 });

describe('decimalCoefficient', () => {
  describe('should give null when no side is a decimal times a factor with variables', () => {
    it.each([
      ['for a decimal before a constant', String.raw`0.707 \cdot \sqrt{2}`, '1'],
      ['for an integer after the variable', String.raw`c \cdot 3`, String.raw`\frac{c}{\sqrt{2}}`],
    ])('%s', (_, p, g) => {
      expect(judge(p, g)).toBeNull();
    });
  });

  it('should give null when the ratio of the sides is not real', () => {
    expect(judgeWith({ re: Math.SQRT1_2, im: 1 })('0.707c', String.raw`\frac{c}{\sqrt{2}}`)).toBeNull();
  });

  it('should refuse a decimal that is not a rounding of the coefficient, naming both', () => {
    expect(judge('0.8c', String.raw`\frac{c}{\sqrt{2}}`)).toEqual({
      equal: false,
      method: 'numeric',
      reason: 'The coefficient 0.8 is not 0.7071067812 to the precision given.',
    });
  });
});
