import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * compareChoice (policy `choices`) through the rules' verdict: which letter, option text or
 * value answers a multiple-choice reference, and the method and reason the UI shows for it.
 */
const verdict = (pred: string, gold: string, question?: string) => judgeByRules(pred, gold, { question });

const NUMBERS = 'Which is the answer? (A) 5 (B) 8 (C) 12 (D) 13';
const SETS = 'Which set is closed under multiplication? (A) All odd primes (B) All even integers (C) All negative integers (D) All irrational numbers';

describe('compareChoice', () => {
  describe('should answer a reference that carries its option text, (C) 12', () => {
    test('with a lowercase letter in brackets: (c) chooses C', () => {
      expect(verdict('(c)', '(C) 8')).toEqual({ equal: true, method: 'choice', reason: 'Both choose C.' });
    });
    test('with the letter and the same option text written another way', () => {
      // The text after the letter is checked against the option's, and 12 is twelve.
      expect(verdict('C: 12', '(C) 12')).toEqual({ equal: true, method: 'choice', reason: 'Both choose C.' });
      expect(verdict('(C) twelve', '(C) 12')).toEqual({ equal: true, method: 'choice', reason: 'Both choose C.' });
    });
    test('NO for the right letter with another option text, saying so', () => {
      expect(verdict('(C) 13', '(C) 12')).toEqual({ equal: false, method: 'choice', reason: 'The answer names C but its text does not match that option.' });
    });
    test('NO for another letter as another choice, even with a different text', () => {
      expect(verdict('(B) 13', '(C) 12')).toEqual({ equal: false, method: 'choice', reason: 'Choice B is not C.' });
    });
    test('NO when the text matches the reference but not the question option: 12 m for (C) 12 cm', () => {
      // The reference drops the unit; the question's option says 12 cm, and 12 m is not that.
      const rods = 'How long is the rod? (A) 10 cm (B) 11 cm (C) 12 cm (D) 13 cm';
      expect(verdict('(C) 12 m', '(C) 12', rods)).toEqual({ equal: false, method: 'choice', reason: 'The answer names C but its text does not match that option.' });
    });
    test('NO for part (A) with the text of part (B) of a reference of two labelled parts', () => {
      // `(A) increasing (B) decreasing` lists what each label says, so "(A) decreasing" is wrong.
      expect(verdict('(A) decreasing', '(A) increasing (B) decreasing')).toEqual({ equal: false, method: 'choice', reason: 'The answer names A but its text does not match that option.' });
    });
  });

  describe('should read a lowercase letter as a choice only against a letter reference', () => {
    test('so b is the expression b, not option B, against the expression a', () => {
      // Option B's text is $a$, but the reference is the value a and the answer says b: a NO.
      const simplify = 'Simplify $\\frac{ab}{b}$. (A) $b$ (B) $a$ (C) $ab$';
      expect(verdict('b', 'a', simplify).equal).toBe(false);
    });
  });

  describe('should say why letters differ', () => {
    test('several letters against one', () => {
      expect(verdict('AB', 'A')).toEqual({ equal: false, method: 'choice', reason: 'The answer names several choices.' });
    });
    test('one letter against another', () => {
      expect(verdict('B', 'A')).toEqual({ equal: false, method: 'choice', reason: 'Choice B is not A.' });
    });
    test('several letters against several others, each written whole', () => {
      expect(verdict('AB', 'AC')).toEqual({ equal: false, method: 'choice', reason: 'Choice AB is not AC.' });
    });
    test('the same letters written another way are a YES naming them', () => {
      expect(verdict('A, C', 'AC')).toEqual({ equal: true, method: 'choice', reason: 'Both choose AC.' });
    });
    test('the right letter with the text of another option of the question', () => {
      expect(verdict('(C) 13', 'C', NUMBERS)).toEqual({ equal: false, method: 'choice', reason: 'The answer names C but its text does not match that option.' });
    });
  });

  describe('should compare an option text with the option the letter reference names', () => {
    test('YES for the text of that option', () => {
      expect(verdict('12', 'C', NUMBERS)).toEqual({ equal: true, method: 'choice', reason: 'The answer is the text of option C.' });
    });
    test('NO for another value', () => {
      expect(verdict('13', 'C', NUMBERS)).toEqual({ equal: false, method: 'choice', reason: "The answer is not option C's text." });
    });
    test('NO for the very text of another option', () => {
      expect(verdict('all even integers', 'C', SETS)).toEqual({ equal: false, method: 'choice', reason: 'The answer is the text of option B, not C.' });
    });
    test('undecided for a paraphrase of its own option that is no other option', () => {
      // "even integers" may mean option B's "All even integers": the rules cannot tell, so no verdict.
      expect(verdict('even integers', 'B', SETS).equal).toBeNull();
    });
    test('only for a single letter: the text of option A does not answer A and C', () => {
      expect(verdict('5', 'A, C', NUMBERS).equal).toBe(false);
    });
  });

  describe('should read a lone letter against a letter reference as a choice', () => {
    test('one that is no option letter: x is not B', () => {
      expect(verdict('x', 'B')).toEqual({ equal: false, method: 'choice', reason: 'Choice x is not B.' });
      expect(verdict('x', 'A, C')).toEqual({ equal: false, method: 'choice', reason: 'Choice x is not AC.' });
    });
    test('but not an expression that starts or ends with a letter: 2x and x^2 are compared as values', () => {
      expect(verdict('2x', 'B')).toMatchObject({ equal: false, method: 'numeric' });
      expect(verdict('x^2', 'B')).toMatchObject({ equal: false, method: 'numeric' });
    });
  });

  describe('should answer a value reference with the option a letter names', () => {
    test('YES for the letter whose option is the value, as a choice', () => {
      expect(verdict('C', '12', NUMBERS)).toEqual({ equal: true, method: 'choice', reason: 'Option C: The answers are identical.' });
    });
    test('undecided, and no method, when the option cannot be compared with the reference', () => {
      expect(verdict('B', 'the set of even numbers', SETS)).toEqual({
        equal: null,
        method: 'none',
        reason: 'Option B: The answers are phrased differently; the rules cannot tell.',
      });
    });
    test('not for two letters, even when the first option is the value', () => {
      expect(verdict('A and C', '5', NUMBERS).equal).toBe(false);
    });
  });
});
