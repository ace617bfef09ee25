import { describe, expect, test } from 'vitest';
import { countWord } from '../../../src/core/critic/clauses';

/**
 * countWord reads the one number a text writes in words. These cases sit where a run of number
 * words starts, goes on or ends: "and" inside and after a run, separators between the words, the
 * words that are not counts ("the one", "one half"), and a phrase of exactly the longest length
 * numberWord reads (72 characters).
 */
// The longest number phrase below a million: 72 characters.
const LONGEST = 'seven hundred and seventy-seven thousand seven hundred and seventy-seven';

describe('countWord', () => {
  describe('should read the one number a text writes in words', () => {
    test.each([
      ['five cats', 5],
      ['The nucleus contains five down quarks.', 5],
      ['two thousand and ten', 2010],
      // One separator may be several characters: a comma and a space, or a line break and an indent.
      ['Two thousand, three hundred', 2300],
      ['one hundred\n  twenty', 120],
      // An "and" that ends the run is not part of the number (the phrase stays within 72 characters).
      [`${LONGEST} and cats`, 777777],
      // Nor is an "and" before the run.
      [`cats and ${LONGEST}`, 777777],
    ])('for %j', (text, n) => {
      expect(countWord(text)).toBe(n);
    });
  });

  describe('should not read a pronoun or a fraction as the count one', () => {
    test.each([
      ['take the one on the left'],
      ['take the  one on the left'],
      ['which one is it'],
      ['one half of the cake'],
    ])('for %j', (text) => {
      expect(countWord(text)).toBe(null);
    });
  });

  describe('should keep a word break where a pronoun or a fraction was taken out', () => {
    // "twenty-" reads as 20; its neighbour "-five" is no number word: they must not join into 25.
    test.each([
      ['twenty-the one-five', 20],
      ['twenty-one half-five', 20],
    ])('for %j', (text, n) => {
      expect(countWord(text)).toBe(n);
    });
  });
});
