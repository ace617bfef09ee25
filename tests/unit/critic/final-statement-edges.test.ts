import { describe, expect, it } from 'vitest';
import { finalStatement } from '../../../src/core/critic/derivation';

describe('finalStatement', () => {
  it('should give a line with no mark of working back as written, spaces and full stop included', () => {
    expect(finalStatement('  42. ')).toBe('  42. ');
  });

  describe('should take what follows a result connective', () => {
    it.each([
      ['after "i.e." written without a space', 'The solution set, i.e. [2, 3)', '[2, 3)'],
      ['after "i. e." written with a space', 'The solution set, i. e. [2, 3)', '[2, 3)'],
      ['after "i.e.," and a comma', 'x^2 = 4, i.e., x = 2', 'x = 2'],
      ['after "hence," and a comma with no space', 'x^2 = 4, hence,x = 2', 'x = 2'],
      ['after "so" with no space after the comma before it', 'y = 2x + 1,so y = 5', 'y = 5'],
      ['after "so" between spaces', 'x^2 = 4 so x = 2', 'x = 2'],
    ])('%s', (_, sentence, expected) => {
      expect(finalStatement(sentence)).toBe(expected);
    });
  });

  it('should not read "so" at the end of an index after a comma as a connective', () => {
    expect(finalStatement('(x,y_{iso}) = (1, 2)')).toBe('(x,y_{iso}) = (1, 2)');
  });
});
