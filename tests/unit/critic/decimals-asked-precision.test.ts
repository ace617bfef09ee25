import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

const COARSER = 'The answer is rounded more coarsely than the question asks.';

/** The rules' verdict and reason on one pair under a question. */
function verdict(pred: string, gold: string, question: string): { equal: boolean | null; reason: string } {
  const { equal, reason } = judgeByRules(pred, gold, { question });
  return { equal, reason };
}

/**
 * Policy `decimals` when the question names the precision it wants: a decimal answer coarser than
 * asked is refused, unless the reference decimal is itself that coarse.
 */
describe('a question that names its precision', () => {
  describe('should refuse a decimal answer with fewer significant figures than asked', () => {
    test('for a reference that shows them', () => {
      // 78.5 rounds 78.54, but the question wants 4 significant figures.
      expect(verdict('78.5', '78.54', 'Give it to 4 significant figures.')).toEqual({ equal: false, reason: COARSER });
    });
  });

  describe('should accept a decimal answer with as many significant figures as asked', () => {
    test('for an exact reference', () => {
      expect(verdict('0.667', '\\frac23', 'Give it to 3 significant figures.')).toEqual({ equal: true, reason: '0.667 agrees with 0.6666666667 to the precision given.' });
    });
  });

  describe('should decide nothing from a reference decimal coarser than asked', () => {
    test('for an answer that rounds it', () => {
      // The reference 3.142 stops at thousandths itself, so 3.14 is judged as a rounding of it.
      expect(verdict('3.14', '3.142', 'Round to the nearest ten-thousandth.')).toEqual({ equal: true, reason: '3.14 agrees with 3.142 to the precision given.' });
    });
  });

  describe('should judge by value an answer that is not a plain decimal', () => {
    test('for an exact fraction against the reference rounded as asked', () => {
      expect(verdict('\\frac23', '0.667', 'Round to the nearest thousandth.')).toEqual({ equal: true, reason: '0.6666666667 agrees with 0.667 to the precision given.' });
    });
    test('for a decimal divided by an exact number', () => {
      // 66.7/100 shows thousandths of the value, as asked, though 66.7 alone shows tenths.
      expect(verdict('\\frac{66.7}{100}', '\\frac23', 'Round to the nearest thousandth.')).toEqual({ equal: true, reason: '0.667 agrees with 0.6666666667 to the precision given.' });
    });
  });
});
