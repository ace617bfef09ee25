import { describe, expect, test } from 'vitest';
import { fractionWords, numberWord } from '../../../src/core/critic/text';

/** Numbers and fractions written in words, as a response may state a count or a share. */
describe('numberWord', () => {
  test.each([
    ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
    ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
    ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ])('should read the word %j as %i', (text, n) => {
    expect(numberWord(text)).toBe(n);
  });

  test.each([
    ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
    ['twenty-one', 21], ['Ninety-Nine', 99],
  ])('should read the tens word %j as %i', (text, n) => {
    expect(numberWord(text)).toBe(n);
  });

  test.each([
    ['hundred', 100],
    ['two hundred', 200],
    ['one hundred and five', 105],
    ['thousand', 1000],
    ['two thousand', 2000],
    ['two thousand and ten', 2010],
    // The longest number phrase below a million: it must still be read whole.
    ['seven hundred and seventy-seven thousand seven hundred and seventy-seven', 777777],
  ])('should read the phrase %j as %i', (text, n) => {
    expect(numberWord(text)).toBe(n);
  });

  test('should ignore spacing after the words', () => {
    expect(numberWord('twelve\n')).toBe(12);
  });

  test('should refuse a sign: "-five" is not five', () => {
    expect(numberWord('-five')).toBe(null);
  });

  test('should refuse text longer than any number phrase below a million', () => {
    // 81 characters: no well-formed phrase below a million is this long.
    expect(numberWord('seven hundred and seventy-seven thousand seven hundred and seventy-seven thousand')).toBe(null);
  });

  test('should refuse words that are not numbers', () => {
    expect(numberWord('many')).toBe(null);
    expect(numberWord('and')).toBe(null);
  });
});

describe('fractionWords', () => {
  test.each([
    ['one half', '1/2'],
    ['three halves', '3/2'],
    ['a quarter', '1/4'],
    ['three quarters', '3/4'],
    ['one fourth', '1/4'],
    ['one fifth', '1/5'],
    ['one sixth', '1/6'],
    ['five sixths', '5/6'],
    ['one seventh', '1/7'],
    ['an eighth', '1/8'],
    ['one ninth', '1/9'],
    ['one tenth', '1/10'],
    ['one twelfth', '1/12'],
    ['one hundredth', '1/100'],
  ])('should read %j as %j', (text, fraction) => {
    expect(fractionWords(text)).toEqual([fraction]);
  });

  test('should read a count and a denominator kept apart by a spaced hyphen', () => {
    expect(fractionWords('two - thirds of the class')).toEqual(['2/3']);
  });

  test('should find nothing where the word before is not a count', () => {
    // "into thirds" names a way of cutting, not a fraction; "zero thirds" names none.
    expect(fractionWords('cut the cake into thirds')).toEqual([]);
    expect(fractionWords('zero thirds')).toEqual([]);
  });
});
