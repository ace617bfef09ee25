import { describe, expect, test } from 'vitest';
import { factorial, pow, ratFromDecimal, root, toNumber, type Rat } from '../../../src/core/critic/rational';

/**
 * The exact-rational helpers at their edges: each case sits on one side of a guard or where a
 * double estimate is off by one, so a moved bound or a dropped correction changes the result.
 */
const r = (n: bigint, d = 1n): Rat => ({ n, d });

describe('ratFromDecimal', () => {
  test('should read only a whole literal, not a number at the end of other text', () => {
    expect(ratFromDecimal('x1.5')).toBe(null);
  });
  test('should refuse a sign or an exponent with no digits', () => {
    expect(ratFromDecimal('+')).toBe(null);
    expect(ratFromDecimal('e5')).toBe(null);
  });
  test('should accept an exponent of exactly 4000 and refuse 4001', () => {
    expect(ratFromDecimal('1e4000')).toEqual(r(10n ** 4000n));
    expect(ratFromDecimal('1e4001')).toBe(null);
  });
});

describe('pow', () => {
  test('should compute up to the size guard, inclusive', () => {
    // 2 has 2 bits: 2 × 100000 = 200000 is at the bound, not over it (for -2 too: its sign is no bit).
    expect(pow(r(2n), 100000n)).toEqual(r(2n ** 100000n));
    expect(pow(r(-2n), 100000n)).toEqual(r(2n ** 100000n));
    expect(pow(r(1n), 100000n)).toEqual(r(1n));
  });
  test('should refuse an exponent over 100000 even for a one-bit base', () => {
    expect(pow(r(1n), 100001n)).toBe(null);
  });
  test('should count the bits of the larger of numerator and denominator', () => {
    // 2^1000 has 1001 bits: 1001 × 300 > 200000, although the denominator has one bit.
    expect(pow(r(2n ** 1000n), 300n)).toBe(null);
  });
});

describe('root', () => {
  test('should find an exact square root beyond double precision', () => {
    // The double square root of s² lands 11 above s for the first and 57 below for the second:
    // only the integer corrections find s, and a root by rounding the double finds nothing.
    const over = 1152921504606890997n;
    const under = 1152921504606859321n;
    expect(root(r(over * over), 2n)).toEqual(r(over));
    expect(root(r(under * under), 2n)).toEqual(r(under));
  });
  test('should give no square root for a non-square numerator', () => {
    // √2 is irrational; a check of the denominator alone would call it 1.
    expect(root(r(2n), 2n)).toBe(null);
  });
  test('should take roots of zero', () => {
    expect(root(r(0n), 2n)).toEqual(r(0n));
    expect(root(r(0n), 3n)).toEqual(r(0n));
    expect(root(r(0n), 4n)).toEqual(r(0n));
  });
  test('should take an even root of a positive value', () => {
    expect(root(r(16n), 4n)).toEqual(r(2n));
  });
  test('should take roots of index 1 to 64 and refuse others', () => {
    expect(root(r(5n, 3n), 1n)).toEqual(r(5n, 3n));
    expect(root(r(2n ** 64n), 64n)).toEqual(r(2n));
    expect(root(r(2n ** 65n), 65n)).toBe(null);
    expect(root(r(8n), 0n)).toBe(null);
    expect(root(r(8n), -3n)).toBe(null);
  });
  test('should correct a double estimate one off either way', () => {
    // The double cube root of c³ rounds to c - 1, and the double fifth root of b⁵ to b + 1.
    const c = 337769972053788n;
    const b = 281474976711657n;
    expect(root(r(c ** 3n), 3n)).toEqual(r(c));
    expect(root(r(b ** 5n), 5n)).toEqual(r(b));
  });
});

describe('factorial', () => {
  test('should compute up to 2000! and refuse 2001!', () => {
    let f = 1n;
    for (let i = 2n; i <= 2000n; i++) f *= i;
    expect(factorial(r(2000n))).toEqual(r(f));
    expect(factorial(r(2001n))).toBe(null);
  });
});

describe('toNumber', () => {
  test('should divide directly when both parts fit in a double', () => {
    // 10^305 / 3: the denominator is too short to be scaled down with the numerator.
    expect(toNumber(r(10n ** 305n, 3n))).toBe(1e305 / 3);
  });
  test('should scale both parts when one does not fit', () => {
    // 3·10^299 / (10^400 + 1) ≈ 3e-101, not 0; and 10^400 / (10^350 + 1) ≈ 1e50, not Infinity.
    expect(toNumber(r(3n * 10n ** 299n, 10n ** 400n + 1n)) / 3e-101).toBeCloseTo(1, 12);
    expect(toNumber(r(10n ** 400n, 10n ** 350n + 1n)) / 1e50).toBeCloseTo(1, 12);
  });
});
