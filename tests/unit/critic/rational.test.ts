import { describe, expect, test } from 'vitest';
import * as R from '../../../src/core/critic/rational';

function expectRat(r: R.Rat | null, n: bigint, d: bigint = 1n): void {
  expect(r).toEqual({ n, d });
}

describe('rat', () => {
  describe('should reduce and keep the denominator positive', () => {
    test('for a fraction with a common factor and a negative denominator', () => {
      expectRat(R.rat(6n, -4n), -3n, 2n);
      expectRat(R.rat(0n, 5n), 0n, 1n);
    });
    test('for a zero denominator', () => {
      expect(R.rat(1n, 0n)).toBeNull();
    });
  });
});

describe('ratFromDecimal', () => {
  describe('should read decimal literals exactly', () => {
    test('for integers, decimals and trailing zeros', () => {
      expectRat(R.ratFromDecimal('42'), 42n);
      expectRat(R.ratFromDecimal('-12.50'), -25n, 2n);
      expectRat(R.ratFromDecimal('.25'), 1n, 4n);
      expectRat(R.ratFromDecimal('3.'), 3n);
    });
    test('for scientific notation with either sign of exponent', () => {
      expectRat(R.ratFromDecimal('3.2e4'), 32000n);
      expectRat(R.ratFromDecimal('1E-3'), 1n, 1000n);
    });
    test('for integers beyond double precision', () => {
      expectRat(R.ratFromDecimal('18446744073709551617'), 18446744073709551617n);
    });
  });
  describe('should refuse what is not a decimal literal', () => {
    test('for a lone dot, letters and absurd exponents', () => {
      expect(R.ratFromDecimal('.')).toBeNull();
      expect(R.ratFromDecimal('1x')).toBeNull();
      expect(R.ratFromDecimal('1e99999')).toBeNull();
    });
  });
});

describe('arithmetic', () => {
  describe('should stay exact', () => {
    test('for sums, differences, products and quotients', () => {
      const third = R.rat(1n, 3n)!;
      const half = R.rat(1n, 2n)!;
      expectRat(R.add(third, half), 5n, 6n);
      expectRat(R.sub(third, half), -1n, 6n);
      expectRat(R.mul(third, half), 1n, 6n);
      expectRat(R.div(third, half), 2n, 3n);
      expect(R.div(third, R.rat(0n)!)).toBeNull();
    });
    test('for powers that a double cannot hold', () => {
      expectRat(R.pow(R.rat(2n)!, 64n), 18446744073709551616n);
      expectRat(R.pow(R.rat(2n, 3n)!, -2n), 9n, 4n);
      expect(R.eq(R.add(R.pow(R.rat(2n)!, 64n)!, R.rat(1n)!), R.pow(R.rat(2n)!, 64n)!)).toBe(false);
    });
    test('for a power too large to build, refusing it', () => {
      expect(R.pow(R.rat(3n)!, 10n ** 6n)).toBeNull();
    });
  });
});

describe('root', () => {
  describe('should take a root only when it is rational', () => {
    test('for perfect squares and cubes, odd roots of negatives', () => {
      expectRat(R.root(R.rat(9n, 4n)!, 2n), 3n, 2n);
      expectRat(R.root(R.rat(-27n, 8n)!, 3n), -3n, 2n);
      expectRat(R.root(R.rat(10n ** 40n)!, 2n), 10n ** 20n);
    });
    test('for irrational roots and even roots of negatives', () => {
      expect(R.root(R.rat(2n)!, 2n)).toBeNull();
      expect(R.root(R.rat(-4n)!, 2n)).toBeNull();
      expect(R.root(R.rat(-16n)!, 4n)).toBeNull();
    });
  });
});

describe('factorial', () => {
  describe('should compute small factorials and refuse the rest', () => {
    test('for 0, 5, a fraction and a negative number', () => {
      expectRat(R.factorial(R.rat(0n)!), 1n);
      expectRat(R.factorial(R.rat(5n)!), 120n);
      expect(R.factorial(R.rat(1n, 2n)!)).toBeNull();
      expect(R.factorial(R.rat(-1n)!)).toBeNull();
    });
  });
});

describe('toNumber', () => {
  describe('should give the nearest double', () => {
    test('for ordinary fractions and for ratios of huge integers', () => {
      expect(R.toNumber(R.rat(1n, 4n)!)).toBe(0.25);
      expect(R.toNumber(R.rat(10n ** 400n + 1n, 2n * 10n ** 400n)!)).toBeCloseTo(0.5, 12);
    });
  });
});

describe('ratToString', () => {
  describe('should print integers and fractions plainly', () => {
    test('for both', () => {
      expect(R.ratToString(R.rat(-7n)!)).toBe('-7');
      expect(R.ratToString(R.rat(3n, 4n)!)).toBe('3/4');
    });
  });
});
