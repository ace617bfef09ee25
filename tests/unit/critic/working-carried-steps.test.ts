import { describe, expect, test } from 'vitest';
import { carriedWorking } from '../../../src/core/critic/working';

describe('carriedWorking', () => {
  describe('should give the last step, trimmed, of working that carries each result on', () => {
    test.each([
      ['spaced operators', '2 + 3 = 5, 5 × 2 = 10', '5 × 2 = 10'],
      ['operators without spaces', '2+3 = 5, 5*2 = 10', '5*2 = 10'],
      ['decimals of two places', '3 × 1.25 = 3.75, 3.75 + 1 = 4.75', '3.75 + 1 = 4.75'],
      ['spaces around the commas', '  2 + 3 = 5 ,   5 × 2 = 10  ', '5 × 2 = 10'],
    ])('for %s', (_name, text, last) => {
      expect(carriedWorking(text)).toBe(last);
    });
  });
  describe('should give null', () => {
    test.each([
      ['a single step', '2 + 3 = 5'],
      ['a last step without a result', '2 + 3 = 5, 5 + x'],
      ['a first step that names a variable, not a computation', 'x = 5, 5 + 1 = 6'],
      ['a step that starts with a word', 'total 2 + 3 = 5, 5 × 2 = 10'],
      ['a step that starts with a name applied to a bracket', 'a(2 + 3) = 5, 5 × 2 = 10'],
      ['a step that starts with a term in a variable', '2x+3 = 5, 5 × 2 = 10'],
      ['a step whose result is a word', '2 + 3 = five, 5 × 2 = 10'],
      ['a step whose result holds two numbers', '10 / 4 = 2 r 2, 2 + 1 = 3'],
    ])('for %s', (_name, text) => {
      expect(carriedWorking(text)).toBeNull();
    });
  });
});
