/** The Batch view's counts: grouped, rounded to the digits asked, one cached formatter per number of digits. */
import { describe, expect, test } from 'vitest';
import { count } from '../../../src/ui/components/BatchView/format';

describe('count', () => {
  describe('should group thousands and keep the digits asked, whichever was asked before', () => {
    test.each([
      [1234.5, 0, '1,235'],
      [85738, 0, '85,738'],
      [2, 1, '2.0'],
      [1234.56, 1, '1,234.6'],
      [0.5, 0, '1'],
    ])('for %d with %d digits', (x, digits, shown) => {
      expect(count(x, digits)).toBe(shown);
    });
  });

  describe('should show a dash for no number', () => {
    test('for null and undefined', () => {
      expect([count(null), count(undefined)]).toEqual(['–', '–']);
    });
  });
});
