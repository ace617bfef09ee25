import { describe, expect, it } from 'vitest';
import { finalStatement } from '../../../src/core/critic/derivation';

describe('finalStatement', () => {
  describe('should drop the connective that opens a line cut off after a trailing "so"', () => {
    it.each([
      ['after "So" and a space', 'So x = 4, so', 'x = 4, so'],
      ['after "So" and a comma', 'So, x = 4, so', 'x = 4, so'],
      ['after "So" and a comma with no space', 'So,x = 4, so', 'x = 4, so'],
    ])('%s', (_, sentence, expected) => {
      expect(finalStatement(sentence)).toBe(expected);
    });
  });

  it('should keep "so" at the end of an index: it is no connective there', () => {
    expect(finalStatement('T_{iso} = 300')).toBe('T_{iso} = 300');
  });
});
