import { describe, expect, test } from 'vitest';
import { ruleOutcome } from '../../../src/core/critic';

/**
 * The tolerances of compareNodes (scalar.ts) at their exact bounds. Each pair is built so that the
 * relative difference computed in doubles is exactly the bound.
 *
 * ONE is √(1 + 10^-17): irrational (so the rules have no exact value for it), yet 1 + 10^-17 reads
 * as the double 1 and its square root as exactly 1. So `n·ONE` is n in doubles, and against 10^k
 * the relative difference is (10^k − n) / 10^k, divided exactly and rounded once: for n = 10^k − 1
 * it is the double 1e-k itself.
 */
const ONE = '\\sqrt{\\frac{100000000000000001}{100000000000000000}}';

const summary = (pred: string, gold: string) => {
  const o = ruleOutcome(pred, gold);
  return { equal: o.equal, method: o.method, reason: o.reason, confirm: o.confirm?.map((c) => c.mode) };
};

describe('two exact closed forms', () => {
  test('should be equal when they differ by exactly CLOSED_FORM_REL (1e-12) relative', () => {
    expect(summary(`999999999999${ONE}`, '10^{12}')).toEqual({ equal: true, method: 'numeric', reason: 'Both evaluate to 1000000000000.', confirm: ['equal'] });
  });
  test('should settle a NO without sympy when they differ by exactly 1e-6 relative', () => {
    // Only a NO strictly within 1e-6 is a near miss worth a symbolic look.
    expect(summary(`999999${ONE}`, '10^{6}')).toEqual({ equal: false, method: 'numeric', reason: '999999 is not 1000000.', confirm: undefined });
  });
});

describe('a closed form against a decimal exact as written', () => {
  test('should be equal when they differ by exactly CLOSED_FORM_REL (1e-12) relative', () => {
    // `1.0 × 10^12` has its decimal inside an expression: a closed form, not a rounding.
    expect(summary(`999999999999${ONE}`, '1.0 \\times 10^{12}')).toEqual({ equal: true, method: 'numeric', reason: 'Both evaluate to 1000000000000.', confirm: ['equal'] });
  });
  test('should be equal for a lone short decimal too', () => {
    // `1.0e12` has 2 significant digits, too few to be a rounding, against a value with no exact rational form.
    expect(summary(`999999999999${ONE}`, '1.0e12')).toEqual({ equal: true, method: 'numeric', reason: 'Both evaluate to 1000000000000.', confirm: ['equal'] });
  });
});
