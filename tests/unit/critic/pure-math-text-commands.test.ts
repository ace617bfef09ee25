import { describe, expect, it } from 'vitest';
import { isPureMath } from '../../../src/core/critic/derivation';

describe('isPureMath', () => {
  describe('should read a command whose name starts with "text" as a command, not a word', () => {
    it.each([
      ['for \\textstyle before a fraction', String.raw`x = \textstyle\frac{1}{2}`],
      ['for \\textdegree inside \\text{…}', String.raw`\theta = 90\text{\textdegree}`],
      ['for a command inside \\text{…} among letters', String.raw`v = 3\text{ m\,s}^{-1}`],
    ])('%s', (_, text) => {
      expect(isPureMath(text)).toBe(true);
    });
  });

  describe('should still count the words written inside \\text{…}', () => {
    it.each([
      ['spaced from the command', String.raw`d = 3 \text {meters}`],
      ['after a command inside the braces', String.raw`d = 3 \text{\,meters}`],
    ])('%s', (_, text) => {
      expect(isPureMath(text)).toBe(false);
    });
  });
});
