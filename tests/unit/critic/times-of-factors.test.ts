import { describe, expect, it } from 'vitest';
import { timesOf } from '../../../src/core/critic/times-of';
import { parseValue } from '../../../src/core/critic/value';

const QUESTION = 'The number c is how many times b?';

describe('timesOf', () => {
  it('should read the factor of the letter written before it', () => {
    expect(timesOf(parseValue(String.raw`c = b \cdot 0.48`), parseValue('0.48'), QUESTION)).toEqual(parseValue('0.48'));
  });

  describe('should give null when the answer is not a constant times the letter', () => {
    it.each([
      ['for another variable times the letter', String.raw`c = x \cdot b`],
      ['for a constant times another variable', String.raw`c = x \cdot 2`],
    ])('%s', (_, answer) => {
      expect(timesOf(parseValue(answer), parseValue('0.48'), QUESTION)).toBeNull();
    });
  });

  it('should give null against a reference with variables: the expression is compared whole', () => {
    expect(timesOf(parseValue('c = 0.48b'), parseValue('0.48b'), QUESTION)).toBeNull();
  });
});
