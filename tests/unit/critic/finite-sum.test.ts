import { describe, expect, test } from 'vitest';
import { exact } from '../../../src/core/critic/numeric';
import { parseExpr } from '../../../src/core/critic/parse';

/** Policy `variables`: a sum over whole-number bounds is read as its terms added. */
const value = (text: string) => {
  const node = parseExpr(text);
  const v = node && exact(node);
  return v === null || node === null ? null : `${v.n}/${v.d}`;
};

describe('parseExpr', () => {
  describe('should add up a sum with whole-number bounds', () => {
    test.each([
      ['for braced bounds', '\\sum_{k=1}^{4} k^2', '30/1'],
      ['for an upper bound of one digit without braces', '\\sum_{n=1}^3 \\frac{1}{n}', '11/6'],
      ['for a bracketed summand', '\\sum_{k=1}^{3} (2k-1)', '9/1'],
      ['for spaces around the index', '\\sum_{ k=1}^{3} k', '6/1'],
      ['for one term', '\\sum_{k=5}^{5} k', '5/1'],
      ['for a negative lower bound', '\\sum_{k=-2}^{2} k^2', '10/1'],
      ['for a hundred and one terms', '\\sum_{k=0}^{100} 1', '101/1'],
      ['for a sum before more terms', '\\sum_{k=1}^{3} k + 1', '7/1'],
    ])('%s', (_, text, sum) => {
      expect(value(text)).toBe(sum);
    });
  });

  describe('should not read a sum it cannot write out', () => {
    test.each([
      ['for a symbolic upper bound', '\\sum_{k=1}^{n} k'],
      ['for a bound that is no whole number', '\\sum_{k=1}^{2.5} k'],
      ['for a lower bound that is no whole number', '\\sum_{k=1/2}^{3} k'],
      ['for bounds in the wrong order', '\\sum_{k=3}^{1} k'],
      ['for bounds in the wrong order after another term', '1 + \\sum_{k=3}^{1} k'],
      ['for more than a hundred and one terms', '\\sum_{k=0}^{101} 1'],
      ['for an index that is no letter', '\\sum_{1=1}^{3} k'],
      ['for no lower bound', '\\sum^{3} k'],
      ['for no upper bound', '\\sum_{k=1} k'],
    ])('%s', (_, text) => {
      expect(parseExpr(text)).toBeNull();
    });
  });
});
