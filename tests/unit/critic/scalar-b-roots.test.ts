import { describe, expect, test } from 'vitest';
import { ruleOutcome } from '../../../src/core/critic';

/** The rules' verdict on one pair and the modes of the pairs handed to sympy (undefined: sympy is not asked). */
function outcome(answer: string, reference: string): { equal: boolean | null; modes: string[] | undefined } {
  const o = ruleOutcome(answer, reference);
  return { equal: o.equal, modes: o.confirm?.map((c) => c.mode) };
}

/**
 * Policy `variables` under roots (policy.ts): an even root of something with a variable makes
 * named constants (`r_0`) positive, at the probe points and for sympy (mode `positive`); an odd root
 * takes its real branch, which sympy's principal branch disagrees with, so sympy is not asked.
 */
describe('roots of variables in the variables policy', () => {
  describe('should take named constants as positive under an even root', () => {
    test('for a square root, on either side', () => {
      // √(4r₀²) is 2r₀ only for r₀ > 0: a negative r₀ at a probe point would give a NO.
      expect(outcome('\\sqrt{4r_0^2}', '2r_0')).toEqual({ equal: true, modes: ['positive'] });
      expect(outcome('2r_0', '\\sqrt{4r_0^2}')).toEqual({ equal: true, modes: ['positive'] });
    });
    test('for a root with an even index', () => {
      expect(outcome('\\sqrt[4]{r_0^4}', 'r_0')).toEqual({ equal: true, modes: ['positive'] });
    });
    test('for a root whose index is a fraction with an even numerator', () => {
      // The 2/3-th root is the power 3/2: (4r₀²)^{3/2} is 8r₀³ only for r₀ > 0.
      expect(outcome('\\sqrt[\\frac{2}{3}]{4r_0^2}', '8r_0^3')).toEqual({ equal: true, modes: ['positive'] });
    });
    test('for a power with an even denominator', () => {
      expect(outcome('(r_0^2)^{1/2}', 'r_0')).toEqual({ equal: true, modes: ['positive'] });
    });
  });

  describe('should keep the sign of plain variables and of anything under an absolute value', () => {
    test('for a plain variable', () => {
      expect(outcome('\\sqrt{x^2}', 'x').equal).toBe(false);
    });
    test('for an absolute value', () => {
      // |x| says the sign matters: sympy checks plain equality.
      expect(outcome('\\sqrt{x^2}', '|x|')).toEqual({ equal: true, modes: ['equal'] });
    });
  });

  describe('should not count a root without variables or a whole power as a root of a variable', () => {
    test('for a square root of a number', () => {
      expect(outcome('\\sqrt{2} r_0', 'r_0\\sqrt{2}+0')).toEqual({ equal: true, modes: ['equal'] });
    });
    test('for a fractional power of a number', () => {
      expect(outcome('2^{1/2} r_0', '\\sqrt{2} r_0')).toEqual({ equal: true, modes: ['equal'] });
    });
    test('for a root whose index is the inverse of a whole number', () => {
      // The 1/2-th root is the square: no root at all, so sympy checks plain equality.
      expect(outcome('\\sqrt[1/2]{x}', 'x^2')).toEqual({ equal: true, modes: ['equal'] });
    });
    test('for a whole power of a named constant', () => {
      expect(outcome('r_0^2', 'r_0 r_0')).toEqual({ equal: true, modes: ['equal'] });
    });
    test('for expressions without any root', () => {
      expect(outcome('x+y', 'y+x+0')).toEqual({ equal: true, modes: ['equal'] });
    });
  });

  describe('should not ask sympy about odd roots, on either side', () => {
    test('for a cube root', () => {
      // Real branch: ∛(x³) = x for negative x too; sympy's principal branch would say otherwise.
      expect(outcome('\\sqrt[3]{x^3}', 'x')).toEqual({ equal: true, modes: undefined });
      expect(outcome('x', '\\sqrt[3]{x^3}')).toEqual({ equal: true, modes: undefined });
    });
    test('for a root with a negative odd index', () => {
      // The −3rd root is the power −1/3: real branch, 1/x for negative x too.
      expect(outcome('\\sqrt[-3]{x^3}', '\\frac{1}{x}')).toEqual({ equal: true, modes: undefined });
    });
    test('for a power with an odd denominator', () => {
      expect(outcome('x^{2/3}', '\\sqrt[3]{x}^2')).toEqual({ equal: true, modes: undefined });
    });
  });

  describe('should keep named constants signed under an odd root alone', () => {
    test('for a logarithm of a named constant', () => {
      // ln(r₀²) = 2 ln r₀ only for r₀ > 0; a cube root does not make r₀ positive, so a negative r₀ is tried.
      expect(outcome('\\sqrt[3]{r_0}\\ln(r_0^2)', '2\\sqrt[3]{r_0}\\ln(r_0)').equal).toBe(false);
    });
  });
});
