import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/** The rules' verdict on one pair: YES, NO or undecided (null), its method and reason. */
function verdict(pred: string, gold: string): { equal: boolean | null; method: string; reason: string } {
  const { equal, method, reason } = judgeByRules(pred, gold);
  return { equal, method, reason };
}

/** Policy `text`: a code or a word with digits in it (`abc123`) is not the number it is compared with. */
describe('an answer that is a code against a number', () => {
  describe('should be a NO by rule, naming the code', () => {
    test('for letters followed by digits', () => {
      expect(verdict('abc123', '5')).toEqual({ equal: false, method: 'rule', reason: '"abc123" is a code or a word with digits, not a number.' });
    });
    test('for a name and a number joined by a hyphen', () => {
      expect(verdict('Boeing-747', '747')).toEqual({ equal: false, method: 'rule', reason: '"Boeing-747" is a code or a word with digits, not a number.' });
    });
  });
  describe('should be left undecided', () => {
    test('for a word with a letter outside A to Z', () => {
      // Only plain ASCII words and codes are known not to be values; `ï` may be anything.
      expect(verdict('naïve', '5')).toEqual({ equal: null, method: 'none', reason: 'One side could not be read as mathematics.' });
    });
    test('for a code that ends in a letter outside A to Z', () => {
      expect(verdict('abc1é', '5')).toEqual({ equal: null, method: 'none', reason: 'One side could not be read as mathematics.' });
    });
    test('for a code that starts with a letter outside A to Z', () => {
      expect(verdict('é7', '5')).toEqual({ equal: null, method: 'none', reason: 'One side could not be read as mathematics.' });
    });
  });
});
