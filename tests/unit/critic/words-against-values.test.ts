import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/** The rules' verdict on one pair: YES, NO or undecided (null), its method and reason. */
function verdict(pred: string, gold: string): { equal: boolean | null; method: string; reason: string } {
  const { equal, method, reason } = judgeByRules(pred, gold);
  return { equal, method, reason };
}

/** Policy `text`: words against a value are a NO only when the value is a single number. */
describe('an answer in words against a value', () => {
  test('should be a NO against a number', () => {
    expect(verdict('I do', '5')).toEqual({ equal: false, method: 'text', reason: 'A word against a value.' });
  });
  test('should be left undecided against a list', () => {
    expect(verdict('Monday', '(1, 2)')).toEqual({ equal: null, method: 'none', reason: 'One side could not be read as mathematics.' });
  });
  test('should be left undecided for a letter against words', () => {
    // `x` reads as a variable, a value; the reference is the words.
    expect(verdict('x', 'Monday')).toEqual({ equal: null, method: 'none', reason: 'One side could not be read as mathematics.' });
  });
});
