import { describe, expect, test } from 'vitest';
import { decimalPrecision } from '../../../src/core/critic/names';

/**
 * `decimalPrecision` reads a decimal literal as written: its significant digits and the value of a
 * unit in its last place. Text that is not one whole literal has no precision (0 digits, ulp ∞), so
 * a number at either end of other text is not taken for the literal.
 */
describe('decimalPrecision', () => {
  test('should refuse a literal with text before or after it', () => {
    expect(decimalPrecision('x1.5')).toEqual({ sig: 0, ulp: Infinity });
    expect(decimalPrecision('1.5x')).toEqual({ sig: 0, ulp: Infinity });
  });
  test('should read an exponent of more than one digit', () => {
    // 1.5e10: two digits, the last worth 1e9 (a one-digit exponent would refuse the literal).
    expect(decimalPrecision('1.5e10')).toEqual({ sig: 2, ulp: 1e9 });
    expect(decimalPrecision('1.5e-12')).toEqual({ sig: 2, ulp: 1e-13 });
  });
  test('should count only the digits written when there is no decimal point', () => {
    expect(decimalPrecision('2e5')).toEqual({ sig: 1, ulp: 1e5 });
    expect(decimalPrecision('150')).toEqual({ sig: 3, ulp: 1 });
  });
});
