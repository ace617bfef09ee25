import { describe, expect, test } from 'vitest';
import { ruleOutcome } from '../../../src/core/critic';

/**
 * Where compareNodes (scalar.ts) stops trusting doubles: a function value below 1e-9 of its argument,
 * a sum or difference below 1e-7 of its larger term (cancellation), or a term below 1e-9 of the other
 * (absorption). Values exactly on a bound are still compared; the pairs below are built so that the
 * doubles land exactly there.
 */
const summary = (pred: string, gold: string) => {
  const o = ruleOutcome(pred, gold);
  return { equal: o.equal, method: o.method, reason: o.reason, confirm: o.confirm?.map((c) => c.mode) };
};
const CANCELLED = 'The values are too close to cancellation to compare in double precision.';

describe('a function value', () => {
  test('should be compared when it is exactly 1e-9 (its argument being below 1)', () => {
    // sin(10^-9) is 10^-9 − 10^-27/6, which rounds to the double 1e-9: exactly the bound. The YES is a
    // double-precision one, handed to sympy (which knows sin(10^-9) is not 10^-9).
    expect(summary('\\sin(10^{-9})', '10^{-9}')).toEqual({ equal: true, method: 'numeric', reason: 'Both evaluate to 1e-9.', confirm: ['equal'] });
  });
});

describe('a difference', () => {
  test('should be compared when it is exactly 1e-7 of its larger term', () => {
    // √24029181 = a in doubles, and 1e-7·a happens to be a multiple of a's last bit (33685991 / 2^36),
    // so a minus the double b = a − 1e-7·a is exactly the bound (found by a search over √N).
    expect(summary('\\sqrt{24029181} - \\frac{336859876314009}{2^{36}}', '\\frac{33685991}{2^{36}}')).toEqual({
      equal: true,
      method: 'numeric',
      reason: 'Both evaluate to 0.0004901956854.',
      confirm: ['equal'],
    });
  });
  test('should be left to sympy when it is below 1e-7 of its larger term, though not of its smaller one', () => {
    // √((10^7+1)² + 1) − 10^7 is 1 + 5·10^-8: at least 1e-7 of 10^7, less than 1e-7 of 10^7 + 1.00000005.
    expect(summary('\\sqrt{(10^7+1)^2+1} - 10^7', '1')).toEqual({ equal: null, method: 'none', reason: CANCELLED, confirm: ['equal'] });
  });
});

describe('a sum with a tiny term', () => {
  test('should be compared when the tiny term is exactly 1e-9 of the other', () => {
    // 6838717160008075 / 2^82 is the double 1e-9·√2 exactly.
    expect(summary('\\sqrt{2} + \\frac{6838717160008075}{2^{82}}', '\\sqrt{2}')).toEqual({
      equal: false,
      method: 'numeric',
      reason: '1.414213564 is not 1.414213562.',
      confirm: ['equal'],
    });
  });
});
