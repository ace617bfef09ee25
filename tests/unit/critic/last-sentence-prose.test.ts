import { describe, expect, it } from 'vitest';
import { isProse, isWorking } from '../../../src/core/critic/last-sentence';

describe('isProse', () => {
  describe('should read a text whose only words are LaTeX or SymPy names as no prose', () => {
    it.each([
      ['a matrix environment', '\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}\n'],
      ['a command of five letters', '2 \\times 3 \\times 4\n= 24'],
      ['a word around a SymPy name with too few letters either side', 'n(n+1)/2\nsubarrays'],
    ])('for %s', (_, text) => {
      expect(isProse(text)).toBe(false);
    });
  });
});

describe('isWorking', () => {
  describe('should read several paragraphs as working', () => {
    it.each([
      ['split by an empty line', 'Yes\n\nIt converges'],
      ['split by a line of spaces', 'Yes\n \nIt converges'],
    ])('for paragraphs %s', (_, text) => {
      expect(isWorking(text)).toBe(true);
    });
  });

  describe('should read a closing "So …" after a sentence of three words as working', () => {
    it.each([
      ['after two spaces', 'The terms are small.  So the series converges.'],
      ['with no full stop at its end', 'The terms are small. So the series converges'],
    ])('for one %s', (_, text) => {
      expect(isWorking(text)).toBe(true);
    });
  });

  it('should not read a first sentence without a value as working for a value in a later one', () => {
    expect(isWorking('Yes. It converges to 2.')).toBe(false);
  });
});
