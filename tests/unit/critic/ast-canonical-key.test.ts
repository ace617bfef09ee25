import { describe, expect, test } from 'vitest';
import { canonicalKey } from '../../../src/core/critic/ast';
import { parseExpr } from '../../../src/core/critic/parse';

/**
 * canonicalKey: one string for trees that differ only in the order of the terms of a sum or the
 * factors of a product. Sums list their terms with a sign, products their factors with `*` or `/`.
 */
const ck = (text: string) => canonicalKey(parseExpr(text)!);

describe('canonicalKey', () => {
  describe('should write each term of a sum with its sign', () => {
    test('for a + b', () => {
      expect(ck('a+b')).toBe('(+a + +b)');
    });
    test('for a - b', () => {
      expect(ck('a-b')).toBe('(+a + -b)');
    });
  });

  describe('should write each factor of a product as multiplied or divided', () => {
    test('for ab', () => {
      expect(ck('ab')).toBe('(*a *b)');
    });
    test('for a/b', () => {
      expect(ck('a/b')).toBe('(*a /b)');
    });
  });

  describe('should write a function with its arguments in order', () => {
    test('for binom(a, b)', () => {
      expect(ck('\\binom{a}{b}')).toBe('binom(a,b)');
    });
  });

  describe('should tell apart sums with different terms', () => {
    test('for x + y and x + z', () => {
      expect(ck('x+y') === ck('x+z')).toBe(false);
    });
  });

  describe('should see through the order of terms inside a function argument', () => {
    test('for sin(b + a) and sin(a + b)', () => {
      expect(ck('\\sin(b+a)')).toBe(ck('\\sin(a+b)'));
    });
  });

  describe('should distribute a minus over a sum', () => {
    test('for -(a + b) and -b - a', () => {
      expect(ck('-(a+b)')).toBe(ck('-b-a'));
    });
  });

  describe('should cancel a double negation inside a sum', () => {
    test('for x - (-(y + z)) and x + y + z', () => {
      expect(ck('x-(-(y+z))')).toBe(ck('x+y+z'));
    });
  });

  describe('should cancel a double division inside a product', () => {
    test('for a/(b/c) and ac/b', () => {
      expect(ck('a/(b/c)')).toBe(ck('ac/b'));
    });
  });
});
