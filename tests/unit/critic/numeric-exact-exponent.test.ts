import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { approx } from '../../../src/core/critic/numeric';
import { parseExpr } from '../../../src/core/critic/parse';

function value(text: string) {
  const node = parseExpr(text);
  if (!node) throw new Error(`test input does not parse: ${text}`);
  return approx(node);
}

describe('approx', () => {
  describe('should take the real odd root of a negative base when the exponent is exactly rational', () => {
    test('for an exponent whose float value carries a trace of an imaginary part', () => {
      const v = value('(-8)^{\\frac{(-1)^{65}}{3}}');
      expect(v.re).toBeCloseTo(-0.5, 12);
      expect(v.im).toBe(0);
    });
    test('for an exponent whose float value overflows', () => {
      const v = value('(-8)^{\\frac{10^{400}}{3 \\cdot 10^{400}}}');
      expect(v.re).toBeCloseTo(-2, 12);
      expect(v.im).toBe(0);
    });
  });
  describe('should take the principal value under an exponent that is not rational', () => {
    test('for a complex exponent', () => {
      const v = value('(-8)^{\\frac{1}{3}+i}');
      expect(v.re).toBeCloseTo(-0.08641817368750598, 12);
      expect(v.im).toBeCloseTo(0.0012923557358582279, 12);
    });
  });
});

describe('judgeByRules', () => {
  describe('should compare a negative base under an exactly rational exponent by its real value', () => {
    test('for an exponent computed from an odd power of -1', () => {
      expect(judgeByRules('$(-8)^{\\frac{(-1)^{65}}{3}}+\\sqrt{2}$', '$\\sqrt{2}-\\frac{1}{2}$').equal).toBe(true);
      expect(judgeByRules('$(-8)^{\\frac{(-1)^{65}}{3}}+\\sqrt{2}$', '$\\sqrt{2}+\\frac{1}{2}$').equal).toBe(false);
    });
  });
});
