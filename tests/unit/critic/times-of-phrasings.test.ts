import { describe, expect, it } from 'vitest';
import { timesOf } from '../../../src/core/critic/times-of';
import { parseValue } from '../../../src/core/critic/value';

describe('timesOf', () => {
  describe('should read the factor of `c = 0.48b` as the answer', () => {
    it.each([
      ['after "how many times" and a Windows line break', 'The number c is how many times\r\nb?'],
      ['for "as large as"', 'The number c is how many times as large as b?'],
      ['for "as large as" broken over lines after "as"', 'The number c is how many times as\r\nlarge as b?'],
      ['for "as large as" broken over lines before the last "as"', 'The number c is how many times as large\r\nas b?'],
      ['for "larger than"', 'The number c is how many times larger than b?'],
      ['for "larger than" broken over lines before "than"', 'The number c is how many times larger\r\nthan b?'],
      ['for "larger than" broken over lines before the letter', 'The number c is how many times larger than\r\nb?'],
      ['for "greater than $b$"', 'The number $c$ is how many times greater than $b$?'],
      ['for "the number b"', 'The number c is how many times the number b?'],
      ['for "the number" broken over lines before the letter', 'The number c is how many times the number\r\nb?'],
    ])('%s', (_, question) => {
      expect(timesOf(parseValue('c = 0.48b'), parseValue('0.48'), question)).toEqual(parseValue('0.48'));
    });
  });
});
