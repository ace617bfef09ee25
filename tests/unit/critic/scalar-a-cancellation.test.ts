import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * Cancellation and absorption in double precision (lostPrecision in scalar.ts): where doubles
 * cannot tell the values apart, the rules must stay undecided and leave the pair to sympy, never
 * call it YES or NO on round-off. Each pair below gets a wrong verdict if one of the checks is lost.
 */
const verdict = (pred: string, gold: string) => judgeByRules(pred, gold).equal;

describe('a comparison that doubles cannot settle', () => {
  describe('should stay undecided for a difference that cancels', () => {
    test('when π minus its 15-digit decimal is compared with 0', () => {
      // π − 3.14159265358979 is about 3.2e-15, not 0; doubles see 3.1e-15, near enough to 0 to say YES.
      expect(verdict('\\pi-\\frac{314159265358979}{10^{14}}', '0')).toBe(null);
    });
    test('when a difference of two large close values is compared with its rationalised form', () => {
      // √(10^12+1) − 10^6 = 1/(√(10^12+1) + 10^6) exactly, but the difference keeps only ~4 good digits.
      expect(verdict('\\sqrt{10^{12}+1}-10^{6}', '\\frac{1}{\\sqrt{10^{12}+1}+10^{6}}')).toBe(null);
    });
  });

  describe('should stay undecided for a term absorbed by a much larger one', () => {
    test('when 10^-12 is added to π', () => {
      // π + 10^-12 is not π, yet the two agree to 12 digits, within the closed-form tolerance.
      expect(verdict('\\pi+10^{-12}', '\\pi')).toBe(null);
    });
    test('when 10^-4 is added to a million π', () => {
      // Absorption is relative to the larger term: 10^-4 against 3.14e6 is a 3e-11 change.
      expect(verdict('10^{6}\\pi+10^{-4}', '10^{6}\\pi')).toBe(null);
    });
  });

  describe('should stay undecided for a function value that nearly vanishes', () => {
    test('when sin π is compared with 0', () => {
      // sin π is exactly 0 but evaluates to 1.2e-16: a NO here would be wrong.
      expect(verdict('\\sin(\\pi)', '0')).toBe(null);
    });
    test('when the sine of a large multiple of π is compared with 0', () => {
      // sin(10^10 π) = 0, but the double error of 10^10 π makes it −2.2e-6; the bound scales with the argument.
      expect(verdict('\\sin(10^{10}\\pi)', '0')).toBe(null);
    });
    test('when tan of a tiny angle is compared with the angle', () => {
      // tan(10^-10) = 10^-10 + 3.3e-31: different values that doubles print the same.
      expect(verdict('\\tan(10^{-10})', '10^{-10}')).toBe(null);
    });
  });

  describe('should carry a cancellation up through the tree', () => {
    test('through a function of the cancelled difference', () => {
      // e^(π − 3.14159265358979) is 1 + 3.2e-15, not 1.
      expect(verdict('e^{\\pi-\\frac{314159265358979}{10^{14}}}', '1')).toBe(null);
    });
    test('through a root whose other argument is exact', () => {
      // The right side is the cube root of what doubles make of the difference (3.1086e-15); the true
      // difference is 3.2385e-15, so the two cube roots differ by more than 1%.
      expect(verdict('\\sqrt[3]{\\pi-\\frac{314159265358979}{10^{14}}}', '\\sqrt[3]{\\frac{31086244689504383}{10^{31}}}')).toBe(null);
    });
    test('through a product', () => {
      // 10^15 (π − 3.14159265358979) is 3.2385, not the 3.1086 doubles compute.
      expect(verdict('10^{15}(\\pi-\\frac{314159265358979}{10^{14}})', '\\frac{31086244689504383}{10^{16}}')).toBe(null);
    });
  });

  describe('should still decide when nothing cancels', () => {
    test('for a function with an exact value of 0 inside a sum', () => {
      // √0 is exactly 0: π + √0 is π, and there is no round-off to fear.
      expect(verdict('\\sqrt{0}+\\pi', '\\pi')).toBe(true);
    });
    test('for a function of an infinite argument with a finite value', () => {
      // arctan ∞ = π/2: the infinite argument must not make the value look cancelled.
      expect(verdict('\\arctan(\\infty)', '\\frac{\\pi}{2}')).toBe(true);
    });
  });
});
