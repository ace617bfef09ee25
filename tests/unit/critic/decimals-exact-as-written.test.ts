import { describe, expect, test } from 'vitest';
import { judge, judgeByRules, type SymbolicChecker, type SymbolicPair } from '../../../src/core/critic';
import { expectMatch, expectNoMatch } from '../../fixtures/critic/expect-verdict';

/** judge() with a stand-in for sympy that answers `sympySays` to every pair: the verdict, and how many pairs it was asked. */
async function judged(pred: string, gold: string, sympySays: boolean): Promise<{ equal: boolean | null; method: string; asked: number }> {
  const asked: SymbolicPair[] = [];
  const symbolic: SymbolicChecker = {
    check: async (pairs) => {
      asked.push(...pairs);
      return pairs.map(() => sympySays);
    },
  };
  const v = await judge(pred, gold, { symbolic });
  return { equal: v.equal, method: v.method, asked: asked.length };
}

/**
 * When a decimal is a rounding (policy `decimals`) and when it is exact as written, a closed form
 * like any other (policy `closed-forms`: double precision decides, sympy may confirm).
 */
describe('the decimals policy', () => {
  describe('should take a decimal too short to be a rounding as exact', () => {
    test('for a closed form that is exactly its value', () => {
      expectMatch('0.5', '\\cos\\frac{\\pi}{3}');
      expectMatch('\\cos\\frac{\\pi}{3}', '0.5');
      expectMatch('3.0', '\\log_2 8');
    });
    test('for a value it only comes near, never', () => {
      expectNoMatch('0.33', '\\frac13');
      expectNoMatch('0.7', '\\frac{\\sqrt2}{2}');
    });
    test('for a rational reference within 1e-12, never', () => {
      // Both are exact rationals and they differ; two digits are no rounding of 1.0000000000001.
      expectNoMatch('1.0', '1.0000000000001');
    });
    test('and let sympy confirm it', async () => {
      expect(await judged('0.5', '\\cos\\frac{\\pi}{3}', true)).toEqual({ equal: true, method: 'symbolic', asked: 1 });
    });
  });

  describe('should ask sympy about decimals inside an expression', () => {
    test('for a multiple of π', async () => {
      expect(await judged('0.5\\pi', '\\frac{\\pi}{2}', true)).toEqual({ equal: true, method: 'symbolic', asked: 1 });
    });
  });

  describe('should settle a rounding or round-off without sympy, which reads decimals exactly', () => {
    test('for a program float under a cube root', async () => {
      // Sympy finds ∛8.000000000000002 ≠ 2, yet the float is round-off (policy `decimals`).
      expect(await judged('\\sqrt[3]{8.000000000000002}', '2', false)).toEqual({ equal: true, method: 'numeric', asked: 0 });
    });
    test('for a decimal that rounds π to twelve digits', async () => {
      expect(await judged('3.14159265359', '\\pi', false)).toEqual({ equal: true, method: 'numeric', asked: 0 });
    });
    test('for three digits, enough to be a rounding', async () => {
      // cos(10^-7) = 1 - 5e-15, which 1.00 rounds; sympy would rightly find them different.
      expect(await judged('1.00', '\\cos(10^{-7})', false)).toEqual({ equal: true, method: 'numeric', asked: 0 });
    });
  });

  describe('should read a bound solved from decimals as exact, never as a rounding', () => {
    test('for a bound that rounds the reference', () => {
      // x + 0.5 > -1233.5 is x > -1234 exactly: 0.5 and 1233.5 are exact as written.
      expectNoMatch('x + 0.5 > -1233.5', 'x > -1234.2');
      expectNoMatch('2.0x > -2468', 'x > -1234.2');
      expectMatch('2.0x > -2468', 'x > -1234');
    });
    test('for a large bound, which is not a float printed at full precision', () => {
      // 2x > 2.0e15 is x > 10^15: sixteen digits nobody wrote, within 16 ulps of 10^15 + 3.
      expectNoMatch('2x > 2.0e15', 'x > 1000000000000003');
      expectNoMatch('2x > -2.0e15', 'x > -1000000000000003');
      expectMatch('2x > 2.0e15', 'x > 10^{15}');
    });
    test('for a closed form that is exactly the bound', () => {
      expectMatch('3x > 1.5', 'x > \\log_4 2');
    });
  });

  test('should leave a short decimal beside a cancelling closed form undecided', () => {
    // sin π is 1.2e-16 in doubles: a cancellation, not a float printed at full precision.
    expect(judgeByRules('0.5 + \\sin(\\pi)', '\\frac12').equal).toBe(null);
  });
});
