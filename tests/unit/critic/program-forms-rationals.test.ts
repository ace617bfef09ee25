import { describe, expect, it } from 'vitest';
import { rewriteProgramForms } from '../../../src/core/critic/program';
import { judgeByRules } from '../../../src/core/critic';

describe('rewriteProgramForms', () => {
  describe('should read a Fraction or Rational given one string as that number', () => {
    it.each([
      ["Fraction('3/4')", '(3/4)'],
      ['Rational("1/3")', '(1/3)'],
      ['Fraction(5)', '(5)'],
    ])('for %s', (text, out) => {
      expect(rewriteProgramForms(text)).toBe(out);
    });
  });

  it('should leave a Fraction with more than two arguments as it is', () => {
    expect(rewriteProgramForms('Fraction(1, 2, 3)')).toBe('Fraction(1, 2, 3)');
  });

  describe("should write sympy's Eq and Ne as relations", () => {
    it.each([
      ['Eq(x, 3)', 'x = 3'],
      ['Ne(y, -1)', 'y ≠ -1'],
    ])('for %s', (text, out) => {
      expect(rewriteProgramForms(text)).toBe(out);
    });
  });
});

describe('judgeByRules', () => {
  describe('should compare a Fraction printed from a string with the number', () => {
    it.each([
      ["Fraction('3/4')", '0.75', true],
      ["Fraction('3/4')", '\\frac{3}{4}', true],
      ["Fraction('2/3')", '\\frac{3}{4}', false],
    ])('for %s against %s', (pred, gold, equal) => {
      expect(judgeByRules(pred, gold).equal).toBe(equal);
    });
  });

  it('should compare Eq(x, 3) with x = 3', () => {
    expect(judgeByRules('Eq(x, 3)', 'x = 3').equal).toBe(true);
  });
});
