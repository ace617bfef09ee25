import { describe, expect, it } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { decimalCoefficient } from '../../../src/core/critic/decimal-coefficient';
import { parseExpr } from '../../../src/core/critic/parse';
import { fmt } from '../../../src/core/critic/scalar';

describe('judgeByRules on a decimal times a variable', () => {
  describe('should take the decimal as a rounding of the exact coefficient', () => {
    it.each([
      ['negated as a whole', '-(0.707c)', String.raw`-\frac{c}{\sqrt{2}}`, 'The coefficient -0.707 agrees with -0.7071067812 to the precision given.'],
      ['negative, after the variable', String.raw`c \cdot (-0.707)`, String.raw`-\frac{c}{\sqrt{2}}`, 'The coefficient -0.707 agrees with -0.7071067812 to the precision given.'],
      ['after the variable', String.raw`c \cdot 0.707`, String.raw`\frac{c}{\sqrt{2}}`, 'The coefficient 0.707 agrees with 0.7071067812 to the precision given.'],
    ])('%s', (_, answer, reference, reason) => {
      expect(judgeByRules(answer, reference)).toEqual({ equal: true, method: 'numeric', reason });
    });
  });
});

describe('decimalCoefficient', () => {
  // The other side over the factor is 1/√2 in both cases below: a fake in place of the probing ratio.
  const ratio = () => ({ re: Math.SQRT1_2, im: 0 });
  const judge = (p: string, g: string) => decimalCoefficient(parseExpr(p)!, parseExpr(g)!, ratio, fmt);

  describe('should give null when no side is a decimal times a factor with variables', () => {
    it.each([
      ['for an integer coefficient', '3c', String.raw`\frac{c}{\sqrt{2}}`],
      ['for a decimal times a constant', String.raw`\sqrt{2} \cdot 0.707`, '1'],
    ])('%s', (_, p, g) => {
      expect(judge(p, g)).toBeNull();
    });
  });
});
