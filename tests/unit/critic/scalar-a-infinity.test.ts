import { describe, expect, test } from 'vitest';
import { judgeByRules, ruleOutcome } from '../../../src/core/critic';

/**
 * Infinite and undefined values in scalar.ts: the same infinity is YES, an infinity against a
 * number is NO, and a value that cannot be evaluated (0/0, ∞ − ∞) is undecided and handed to sympy.
 */
describe('a comparison with an infinite or undefined value', () => {
  test('should say YES to the same infinity written two ways', () => {
    // ln 0 is −∞: the same infinity as the reference, an exact match.
    const v = judgeByRules('\\ln(0)', '-\\infty');
    expect(v.equal).toBe(true);
    expect(v.method).toBe('exact');
    expect(v.reason).toBe('Both are the same infinity.');
  });

  test('should say NO to an infinity against a finite number', () => {
    for (const [pred, gold] of [['\\infty', '5'], ['5', '\\infty']]) {
      const v = judgeByRules(pred!, gold!);
      expect(v.equal, `${pred} vs ${gold}`).toBe(false);
      expect(v.reason).toBe('One side is infinite and the other is not.');
    }
  });

  test('should say NO to a real infinity against one with an imaginary part', () => {
    // ∞ + i is not a real number; the real parts being the same infinity is not enough.
    expect(judgeByRules('\\infty+i', '\\infty').equal).toBe(false);
  });

  test('should say NO to opposite infinities, saying why', () => {
    const v = judgeByRules('-\\infty', '\\infty');
    expect(v.equal).toBe(false);
    expect(v.reason).toBe('One side is infinite and the other is not.');
  });

  describe('should stay undecided and ask sympy when a value cannot be evaluated', () => {
    test('for 0/0 on either side', () => {
      for (const [pred, gold] of [['0/0', '1'], ['1', '0/0']]) {
        const o = ruleOutcome(pred!, gold!);
        expect(o.equal, `${pred} vs ${gold}`).toBe(null);
        expect(o.reason).toBe('A value could not be evaluated.');
        expect(o.confirm?.map((c) => c.mode)).toEqual(['equal']);
      }
    });
    test('for ∞ − ∞, whose real part is undefined', () => {
      expect(judgeByRules('\\infty-\\infty', '1').equal).toBe(null);
    });
  });

  test('should say YES to the same undefined expression written two ways', () => {
    // The same tree: equal as written, though no value can be computed for it.
    const v = judgeByRules('\\frac00', '0/0');
    expect(v.equal).toBe(true);
    expect(v.reason).toBe('Both are the same expression.');
  });
});
