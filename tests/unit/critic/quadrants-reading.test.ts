import { describe, expect, test } from 'vitest';
import { readQuadrants, sameQuadrants } from '../../../src/core/critic/quadrants';

/**
 * readQuadrants / sameQuadrants (policy `text`): which quadrants an answer names, read through
 * LaTeX wrappers, spacing and a closing full stop; and when two answers name the same ones.
 */
const read = (text: string) => {
  const q = readQuadrants(text);
  return q === null ? null : [...q].sort();
};

describe('readQuadrants', () => {
  test.each<[string, number[] | null, string]>([
    ['all quadrants', [1, 2, 3, 4], '"four" is optional in "all four quadrants"'],
    ['all four $\\text{quadrants}$', [1, 2, 3, 4], 'the space left by $…$ and \\text{} is one space, so "all four quadrants" still reads'],
    ['II and IV.', [2, 4], 'a bare list with a closing full stop'],
    ['  I, III  ', [1, 3], 'a bare list with spaces around it'],
    ['$\\text{II, IV}$', [2, 4], '\\text{} is unwrapped'],
    ['$\\text {I and III}$', [1, 3], '\\text with a space before its brace'],
    ['$\\mathrm{III}$', [3], '\\mathrm{} is unwrapped'],
    ['$\\mathrm {II and IV}$', [2, 4], '\\mathrm with a space before its brace'],
    ['Quadrants$I$ and $III$', [1, 3], 'a $ between the word and the numeral separates them'],
    ['i', null, 'a lone lower-case i is the imaginary unit, not quadrant I'],
    ['hello', null, 'no quadrant named at all'],
    ['the first and third quadrants', [1, 3], 'ordinals before the word'],
    ['It lies in quadrant II.So x<0 and y>0.', [2], 'only the closing full stop is dropped: the one after II (no space typed) keeps II apart from "So"'],
    ['IandIII', [1, 3], 'words run together: "and" is cut out as a gap, not deleted, so I and III stay two numerals'],
  ])('%s → %j (%s)', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('sameQuadrants', () => {
  test('NO when only some of the quadrants agree: I and III against I and IV', () => {
    expect(sameQuadrants('Quadrants I and III', 'Quadrants I and IV')).toBe(false);
  });
  test('YES for the same quadrants in other words', () => {
    expect(sameQuadrants('the second and fourth quadrants', 'II, IV')).toBe(true);
  });
  test('undecided when an answer "i" (the imaginary unit) names no quadrant', () => {
    expect(sameQuadrants('i', 'Quadrant I')).toBe(null);
  });
});
