import { describe, expect, test } from 'vitest';
import { criticPrompt } from '../../../src/core/critic';

const ASK = 'Is the result equivalent to the reference answer (same value, possibly written differently)? Reply with YES or NO only.';

describe('criticPrompt', () => {
  describe('should write one line each for the task, question, reference, result and request', () => {
    test('for a known question', () => {
      expect(criticPrompt('What is half of 1?', '\\frac12', '0.5')).toBe(
        `You are checking a solution to a math problem.\nQuestion: What is half of 1?\nReference answer: \\frac12\nResult to check: 0.5\n${ASK}`,
      );
    });
  });
  describe('should leave the question line out, not empty', () => {
    test('for no question', () => {
      expect(criticPrompt(undefined, '\\frac12', '0.5')).toBe(`You are checking a solution to a math problem.\nReference answer: \\frac12\nResult to check: 0.5\n${ASK}`);
    });
    test('for an empty question', () => {
      expect(criticPrompt('', '3', 'three')).toBe(`You are checking a solution to a math problem.\nReference answer: 3\nResult to check: three\n${ASK}`);
    });
  });
});
