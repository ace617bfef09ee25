import { describe, expect, test } from 'vitest';
import { exact } from '../../../src/core/critic/numeric';
import { parseExpr } from '../../../src/core/critic/parse';
import { ratToString } from '../../../src/core/critic/rational';

function expectExact(text: string, value: string | null): void {
  const node = parseExpr(text);
  if (!node) throw new Error(`test input does not parse: ${text}`);
  const r = exact(node);
  expect(r && ratToString(r), text).toBe(value);
}

describe('exact', () => {
  describe('should take powers at the edges of their domain', () => {
    test('for zero to the power zero', () => {
      expectExact('0^0', '1');
    });
    test('for a 64th root, the largest index taken exactly', () => {
      expectExact('18446744073709551616^{1/64}', '2');
    });
  });
  describe('should leave a non-negative value unchanged under an absolute value', () => {
    test('for a positive number', () => {
      expectExact('|7|', '7');
    });
  });
  describe('should take binomials only for 0 ≤ k ≤ n ≤ 5000', () => {
    test('for the smallest and largest k', () => {
      expectExact('\\binom{5}{0}', '1');
      expectExact('\\binom{5}{5}', '1');
    });
    test('for k below 0 or above n', () => {
      expectExact('\\binom{5}{-1}', null);
      expectExact('\\binom{2}{5}', null);
    });
    test('for n at and above the limit', () => {
      expectExact('\\binom{5000}{1}', '5000');
      expectExact('\\binom{6000}{1}', null);
    });
  });
  describe('should round to the neighbouring integer', () => {
    test('for the floor of a positive fraction', () => {
      expectExact('\\lfloor 2.5 \\rfloor', '2');
    });
    test('for the floor of a negative integer', () => {
      expectExact('\\lfloor -3 \\rfloor', '-3');
    });
    test('for the ceiling of an integer and of a fraction', () => {
      expectExact('\\lceil 3 \\rceil', '3');
      expectExact('\\lceil 2.5 \\rceil', '3');
    });
  });
});
