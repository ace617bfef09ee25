import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/** The rules' verdict on one pair: YES, NO or undecided (null), and the reason. */
function verdict(pred: string, gold: string): { equal: boolean | null; reason: string } {
  const { equal, reason } = judgeByRules(pred, gold);
  return { equal, reason };
}

/** Policy `text`: an answer in words against a reference in words. */
describe('an answer in words against a reference in words', () => {
  describe('should say the same words', () => {
    test('for a word the rules read the same once an approximation sign is dropped', () => {
      expect(verdict('≈ α', 'α')).toEqual({ equal: true, reason: 'The answers say the same words.' });
    });
  });

  describe('should differ for short answers', () => {
    test('for two different words', () => {
      expect(verdict('Monday', 'Tuesday')).toEqual({ equal: false, reason: 'The answers say different things.' });
    });
    test('for a word negated', () => {
      expect(verdict('not odd', 'odd')).toEqual({ equal: false, reason: 'The answers say different things.' });
    });
    test('for two words after a leading article', () => {
      // "a big dog" is "big dog": two words, as short as "small cat".
      expect(verdict('a big dog', 'small cat')).toEqual({ equal: false, reason: 'The answers say different things.' });
    });
  });

  describe('should be left undecided for a longer phrase', () => {
    test('for three words, whatever letters end them', () => {
      // The "a" ending "tuna" is no article.
      expect(verdict('tuna salad bowl', 'Monday')).toEqual({ equal: null, reason: 'The answers are phrased differently; the rules cannot tell.' });
    });
  });

  describe('should read "neither … nor …" as a denial', () => {
    test('for the very word the reference says', () => {
      expect(verdict('neither even nor odd', 'odd')).toEqual({ equal: false, reason: '"neither even nor odd" denies what the reference says.' });
    });
  });

  describe('should compare equations between named quantities', () => {
    test('for two that equate different quantities', () => {
      expect(verdict('LRAC = SRAC', 'LRAC = MC')).toEqual({ equal: false, reason: 'The answers equate different quantities.' });
    });
    test('for an equation against a word, undecided', () => {
      expect(verdict('LRAC = SRAC', 'equal')).toEqual({ equal: null, reason: 'The answers are phrased differently; the rules cannot tell.' });
    });
  });
});
