/** Issue 16, third round: what a response writes after its answer, and words the rules must leave undecided. */
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { afterWithdrawal, bracketAfter, splitBracket } from '../../../src/core/critic/after-answer';

describe('bracketAfter', () => {
  describe('should tell what a bracket after the answer adds', () => {
    test('for another value offered, with or without "or"', () => {
      expect(bracketAfter(' (or 135 if the angle is obtuse).')).toEqual({ kind: 'alternative', value: '135', at: 1 });
      expect(bracketAfter('$ (or possibly $135^\\circ$)')).toMatchObject({ kind: 'alternative', value: '135^\\circ' });
      expect(bracketAfter(' (16 if zero is included)')).toMatchObject({ kind: 'alternative', value: '16' });
    });
    test('for a restatement of the same value', () => {
      expect(bracketAfter(' (i.e. $0.5$)')).toMatchObject({ kind: 'restatement' });
      expect(bracketAfter(' ($\\approx 0.667$)')).toMatchObject({ kind: 'restatement' });
      expect(bracketAfter(' (or equivalently 0.5)')).toMatchObject({ kind: 'restatement' });
    });
    test('for a remark, a rejected value or no bracket, nothing', () => {
      expect(bracketAfter(' (and the probability of blue is 3/8)')).toBeNull();
      expect(bracketAfter(' (or $x = -1$, which is rejected)')).toBeNull();
      expect(bracketAfter('. The end.')).toBeNull();
    });
  });
  describe('splitBracket', () => {
    test('should cut an answer before the bracket, keeping a bracket that is part of the value', () => {
      expect(splitBracket('45 (or 135 if obtuse)')).toEqual({ body: '45', bracket: { kind: 'alternative', value: '135', at: 1 } });
      expect(splitBracket('(2, 3)')).toEqual({ body: '(2, 3)', bracket: null });
      expect(splitBracket('f(x) = 2x')).toEqual({ body: 'f(x) = 2x', bracket: null });
    });
  });
  describe('afterWithdrawal', () => {
    test('should tell a withdrawal from a doubt and from a check', () => {
      expect(afterWithdrawal('. Wait, I double counted; it should be 10.')).toBe('settled');
      expect(afterWithdrawal('. Hmm, that seems wrong; maybe it is 12.')).toBe('open');
      expect(afterWithdrawal('. Let me double-check: 4 × 6 = 24.')).toBeNull();
    });
  });
});

describe('judgeByRules', () => {
  describe('should leave undecided what words alone cannot settle', () => {
    test('for a sentence that says more than a one-word reference', () => {
      expect(judgeByRules('The shape is a regular hexagon.', 'hexagon', { question: 'What shape is the cross-section?' }).equal).toBeNull();
      expect(judgeByRules('The curve is a semi circle.', 'circle').equal).toBeNull();
    });
    test('for a sentence against a one-word reference that it does not end on', () => {
      expect(judgeByRules('The partial sums oscillate.', 'converges').equal).toBeNull();
      expect(judgeByRules('The function increases.', '\\text{increasing}').equal).toBeNull();
    });

    test('for a sentence that ends on the word excluding the reference, which is a NO instead', () => {
      expect(judgeByRules('The series diverges.', 'converges').equal).toBe(false);
      expect(judgeByRules('Since $\\frac{1}{n} \\to 0$, the series converges.', 'diverges').equal).toBe(false);
    });
  });
});
