import { describe, expect, it } from 'vitest';
import { isPureMath } from '../../../src/core/critic/derivation';

describe('isPureMath', () => {
  describe('should call mathematics pure', () => {
    it.each([
      ['with units in \\text{…} of one letter each', String.raw`v = 3\,\text{m}/\text{s}`],
      ['with a unit in \\text{…} after a space', String.raw`v = 3 \text{ m/s}`],
    ])('%s', (_, text) => {
      expect(isPureMath(text)).toBe(true);
    });
  });

  describe('should not call a line with words pure', () => {
    it.each([
      ['for a word after the formula', 'y = 2x when x > 0'],
      ['for a word inside \\text{…}', String.raw`d = 3 \text{meters}`],
    ])('%s', (_, text) => {
      expect(isPureMath(text)).toBe(false);
    });
  });
});
