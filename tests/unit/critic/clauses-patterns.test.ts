import { describe, expect, test } from 'vitest';
import { IN_RESULT_CLAUSE, JOINED_CLAUSE, RESULT_WITH_DETAIL } from '../../../src/core/critic/clauses';

/**
 * The patterns sentence.ts reads a sentence's result with: a clause joined by "and" after a formula,
 * a result clause the last formula stands in, and a chain's last value followed by a detail of where
 * or when it holds.
 */
describe('JOINED_CLAUSE', () => {
  describe('should match "and" with its comma and spaces at the start', () => {
    test.each([
      [' and one book costs $1.50', ' and '],
      [', and one book costs $1.50', ', and '],
      [',and one book costs $1.50', ',and '],
      [' , and one book costs $1.50', ' , and '],
      [' and  one book costs $1.50', ' and  '],
    ])('for %j', (after, joined) => {
      expect(JOINED_CLAUSE.exec(after)?.[0]).toBe(joined);
    });
  });
  test('should not match an "and" further on', () => {
    expect(JOINED_CLAUSE.exec(' which is 5 and one book costs $1.50')).toBe(null);
  });
});

describe('IN_RESULT_CLAUSE', () => {
  describe('should find a result clause that reaches the end of the text', () => {
    test.each([
      ['So the cost is '],
      ['We add them, so '],
      ['We add them,so '],
      ['We add them;so '],
      ['the total is 5 so '],
      ['we get x = 5 so'],
    ])('for %j', (before) => {
      expect(IN_RESULT_CLAUSE.test(before)).toBe(true);
    });
  });
  describe('should find none', () => {
    test.each([
      // The result clause ends before the text does.
      ['so x is 3, then '],
      // "so" inside a word.
      ['we also know '],
      ['3 cakes,also '],
    ])('for %j', (before) => {
      expect(IN_RESULT_CLAUSE.test(before)).toBe(false);
    });
  });
});

describe('RESULT_WITH_DETAIL', () => {
  describe('should read the last value of a chain followed by where or when it holds', () => {
    test.each([
      ['180 - 135 = 45 miles from home at the end of those 4 hours', '45'],
      ['180 - 135 =45 miles from home at the end', '45'],
      ['1,300 - 66 = 1,234 miles from home at the end', '1,234'],
      ['180 - 135 = 45  miles from home at the end', '45'],
      ['180 - 135 = 45 miles  east at noon', '45'],
      ['180 - 135 = 45 miles  from home', '45'],
      ['180 - 135 = 45 miles from  home', '45'],
    ])('for %j', (clause, value) => {
      expect(RESULT_WITH_DETAIL.exec(clause)?.[1]).toBe(value);
    });
  });
  describe('should not read a value whose detail adds, leaves or offers more', () => {
    test.each([
      ['180 - 135 = 45 miles from home and 3 more'],
      ['50 - 5 = 45 seats in the hall that remain'],
      ['50 - 5 = 45 seats in the hall remaining'],
      // Nor one that another equals sign follows.
      ['d = 45 miles from home at 4 hours = t'],
    ])('for %j', (clause) => {
      expect(RESULT_WITH_DETAIL.exec(clause)).toBe(null);
    });
  });
});
