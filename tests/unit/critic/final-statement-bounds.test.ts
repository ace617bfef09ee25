import { describe, expect, it } from 'vitest';
import { finalStatement } from '../../../src/core/critic/derivation';

describe('finalStatement', () => {
  describe('should drop a bound on the variable after a definition', () => {
    it.each([
      ['after a comma with no space', String.raw`y = \sqrt{x},x \ge 0`, String.raw`y = \sqrt{x}`],
      ['on a variable written as a command', String.raw`r(\theta) = 2\theta, \theta > 0`, String.raw`r(\theta) = 2\theta`],
      ['written with no spaces around its sign', String.raw`y = \sqrt{x}, x>0`, String.raw`y = \sqrt{x}`],
      ['with \\ge and a number of two digits', String.raw`y = \sqrt{x}, x \ge 10`, String.raw`y = \sqrt{x}`],
    ])('%s', (_, sentence, expected) => {
      expect(finalStatement(sentence)).toBe(expected);
    });
  });

  describe('should keep a bound followed by another equation: the line is a system', () => {
    it.each([
      ['after a comma and a space', String.raw`y(t) = e^{-t}, t \ge 0, y(0) = 1`],
      ['written with no spaces', String.raw`y(t) = e^{-t}, t>0,y(0)=1`],
    ])('%s', (_, sentence) => {
      expect(finalStatement(sentence)).toBe(sentence);
    });
  });
});
