import { describe, expect, test } from 'vitest';
import { resultClauseAt, statementAfterColon, withoutYear } from '../../../src/core/critic/clauses';

/**
 * Where a sentence's result is: the last result clause that holds a number, a statement after the
 * last colon, and a clause without the year that closes it.
 */
describe('resultClauseAt', () => {
  test('should find the clause after its connective', () => {
    expect(resultClauseAt('She had 20 apples, so 12 are left')).toBe('She had 20 apples, so'.length);
  });
  test('should pass over a result clause that holds no number, even after numbers', () => {
    expect(resultClauseAt('There were 3 apples, so they are gone')).toBe(null);
  });
});

describe('statementAfterColon', () => {
  describe('should take a clause after the last colon that states a value', () => {
    test.each([
      ['Counting: the boxes contain 12 eggs', 'the boxes contain 12 eggs'],
      ['Adding up: the bills total 45 dollars', 'the bills total 45 dollars'],
      ['Together: the coins make 30 cents', 'the coins make 30 cents'],
      ['In short: the two angles equal 90 degrees', 'the two angles equal 90 degrees'],
      ['Per box: the three rows give 36 cookies', 'the three rows give 36 cookies'],
      ['In all: the nucleus contains three quarks', 'the nucleus contains three quarks'],
      // A space before the colon, several after it.
      ['In total : the sum is 5', 'the sum is 5'],
      ['In total:   the sum is 5', 'the sum is 5'],
      // Only the last colon counts.
      ['Step one: add them: the total is 5', 'the total is 5'],
    ])('for %j', (clause, part) => {
      expect(statementAfterColon(clause)).toBe(part);
    });
  });
  describe('should keep the whole clause', () => {
    test.each([
      // No verb that states a value after the colon.
      ['Answer: 12 eggs'],
      // A verb but no number.
      ['Note: the answer is unknown'],
      // No colon after words.
      ['The ratio is 3 : 4'],
    ])('for %j', (clause) => {
      expect(statementAfterColon(clause)).toBe(clause);
    });
  });
});

describe('withoutYear', () => {
  describe('should drop a year that closes the clause', () => {
    test.each([
      ['there were about 1,900 wolves in 2008', 'there were about 1,900 wolves'],
      ['there were about 1,900 wolves in 2008.', 'there were about 1,900 wolves'],
      ['there were about 1,900 wolves in 2008 .', 'there were about 1,900 wolves'],
      ['there were 30 states in 1850', 'there were 30 states'],
      ['there were 30 states by 1999!', 'there were 30 states'],
      ['there were about 1,900 wolves in the year 2008', 'there were about 1,900 wolves'],
      // Runs of spaces anywhere in the detail; the text before it is kept as written.
      ['there were about 1,900 wolves  in 2008', 'there were about 1,900 wolves'],
      ['there were about 1,900 wolves in  2008', 'there were about 1,900 wolves'],
      ['there were about 1,900 wolves in the  year 2008', 'there were about 1,900 wolves'],
      ['there were about 1,900 wolves in the year  2008', 'there were about 1,900 wolves'],
    ])('for %j', (clause, rest) => {
      expect(withoutYear(clause)).toBe(rest);
    });
  });
  describe('should keep the clause', () => {
    test.each([
      // The year does not end the clause.
      ['1,900 wolves in 2008 lived there'],
      // No other number is left to state.
      ['it was founded in 1850'],
      // Not a year this reads (before 1500).
      ['there were 30 towns in 1450'],
    ])('for %j', (clause) => {
      expect(withoutYear(clause)).toBe(clause);
    });
  });
});
