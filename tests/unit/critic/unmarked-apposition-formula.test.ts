import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { markedApposition } from '../../../src/core/critic/unmarked-apposition';

/** Policy `final-answer`: a formula written without `$` and a noun phrase after a comma, read as the marked sentence. */
const C = 'It is common to write the solution in the form $c e^{-t / \\tau}$. What is $c$ in this case?';

describe('judgeByRules', () => {
  describe('should read the formula before the noun phrase as the value', () => {
    test.each([
      ['for no space after the comma', 'c = I(0),the initial current.'],
      ['for two spaces after "i.e."', 'c = I(0), i.e.  the initial current.'],
      ['for "that is" without a comma', 'c = I(0), that is the initial current.'],
      ['for two spaces after "that is"', 'c = I(0), that is  the initial current.'],
      ['for two spaces after "the"', 'c = I(0), the  initial current.'],
      ['for no full stop', 'c = I(0), the initial current'],
      ['for the article "a"', 'c = I(0), a constant.'],
    ])('%s', (_, pred) => {
      expect(judgeByRules(pred, 'I(0)', { question: C }).equal).toBe(true);
    });

    test('for a formula with LaTeX commands in it', () => {
      expect(judgeByRules('T = 2\\pi\\sqrt{L/g}, the period.', '2\\pi\\sqrt{L/g}', { question: 'What is the period $T$?' }).equal).toBe(true);
    });
  });

  describe('should not read it so when the phrase changes the value', () => {
    test('for a phrase that ends on "squared"', () => {
      expect(judgeByRules('c = I(0), the initial current squared.', 'I(0)', { question: C }).equal).toBe(false);
    });
  });
});

describe('markedApposition', () => {
  describe('should mark the formula', () => {
    test('for one formula and a plain noun phrase', () => {
      expect(markedApposition('c = I(0), a constant.')).toBe('$c = I(0)$, a constant.');
    });
  });

  describe('should give nothing', () => {
    test('for two formulas before the noun phrase', () => {
      expect(markedApposition('a = 1, b = 2, the coefficients.')).toBeNull();
    });
  });
});

describe('judgeByRules', () => {
  describe('should read an unmarked formula after a connective as the marked one', () => {
    test.each([
      ['for "So"', 'So c = I(0), the initial current.', true],
      ['for "Therefore" and a comma', 'Therefore, c = I(0), the initial current.', true],
      ['for "Thus" before another value', 'Thus c = R, the resistance.', false],
    ])('%s', (_, pred, equal) => {
      expect(judgeByRules(pred, 'I(0)', { question: C }).equal).toBe(equal);
    });
  });
});
