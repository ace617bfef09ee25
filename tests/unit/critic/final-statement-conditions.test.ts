import { describe, expect, it } from 'vitest';
import { finalStatement } from '../../../src/core/critic/derivation';

describe('finalStatement', () => {
  describe('should drop a domain condition after the value', () => {
    it.each([
      ['after a comma', String.raw`y = 1/x, for x \neq 0`, 'y = 1/x'],
      ['in \\text{ for }', String.raw`y = \frac{1}{x}\text{ for } x \neq 0`, String.raw`y = \frac{1}{x}`],
      ['in \\text{for } right after the value', String.raw`y = \frac{1}{x}\text{for } x \neq 0`, String.raw`y = \frac{1}{x}`],
      ['in \\text {for} with a space before the brace', String.raw`y = \frac{1}{x} \text {for} x \neq 0`, String.raw`y = \frac{1}{x}`],
      ['in \\text{for} with no space inside the braces', String.raw`y = \frac{1}{x}\text{for} x \neq 0`, String.raw`y = \frac{1}{x}`],
      ['after "for" and a thin space', String.raw`y = 1/x for\,x \neq 0`, 'y = 1/x'],
    ])('%s', (_, sentence, expected) => {
      expect(finalStatement(sentence)).toBe(expected);
    });
  });

  it('should drop only the last condition of a piecewise value: the first is followed by another equation', () => {
    expect(finalStatement(String.raw`y = x for x \ge 0, y = -x for x < 0`)).toBe(String.raw`y = x for x \ge 0, y = -x`);
  });

  it('should not read a "for" followed by an equals sign as a condition: the chain ends on its last side', () => {
    expect(finalStatement('y = 3 for=x>0')).toBe('x>0');
  });
});
