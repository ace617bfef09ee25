import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/** The rules' verdict on one pair: YES, NO or undecided (null), and the reason. */
function verdict(pred: string, gold: string): { equal: boolean | null; reason: string } {
  const { equal, reason } = judgeByRules(pred, gold);
  return { equal, reason };
}

/**
 * Policy `text` on "necessary / sufficient" answers: two answers in words that name different kinds of
 * condition differ; a list with a value in it, or a bracketed list, is not an answer in words.
 */
describe('answers that name a kind of condition', () => {
  test('should differ when both are words naming different kinds', () => {
    expect(verdict('necessary', 'sufficient')).toEqual({ equal: false, reason: 'The answers name different kinds of condition.' });
  });
  test('should be left undecided for a list with a number in it', () => {
    expect(verdict('sufficient, 2', 'necessary')).toEqual({ equal: null, reason: 'One side could not be read as mathematics.' });
  });
  test('should be left undecided for a bracketed list of words', () => {
    expect(verdict('(sufficient, necessary)', 'necessary')).toEqual({ equal: null, reason: 'One side could not be read as mathematics.' });
  });
  test('should not be read into an answer that names no condition', () => {
    // "always" says nothing of necessity or sufficiency: a longer reference may mean the same.
    expect(verdict('always', 'necessary but not sufficient')).toEqual({ equal: null, reason: 'The answers are phrased differently; the rules cannot tell.' });
  });
});
