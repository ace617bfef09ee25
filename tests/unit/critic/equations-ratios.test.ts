/** Policy `equations`: ratios of three or more terms, equal up to a common factor — verdicts and the reason shown. */
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { expectVerdicts } from '../../fixtures/critic/expect-verdicts';

describe('ratios of several terms', () => {
  test('should match a ratio scaled by a common factor', () => {
    expectVerdicts([['4:6:8', '2:3:4'], ['2:3:4', '4:6:8']], true);
  });

  test('should check every term, the last one too', () => {
    // The first two terms agree: only the third tells 2:3:4 from 2:3:5.
    expectVerdicts([['2:3:4', '2:3:5'], ['4:6:9', '2:3:4']], false);
  });

  test('should name the term that differs', () => {
    expect(judgeByRules('2:3:4', '2:3:5')).toEqual({ equal: false, method: 'exact', reason: 'Term 3 of the ratio differs.' });
    expect(judgeByRules('1:3:4', '2:3:4')).toEqual({ equal: false, method: 'exact', reason: 'Term 2 of the ratio differs.' });
  });

  test('should say why a ratio does not match another kind of answer or another number of terms', () => {
    expect(judgeByRules('2:3:4', '5')).toEqual({ equal: false, method: 'structure', reason: 'A ratio of several terms against something else.' });
    expect(judgeByRules('2:3:4', '2:3:4:5')).toEqual({ equal: false, method: 'structure', reason: 'A ratio of 3 terms against one of 4.' });
  });

  test('should stay undecided when a term cannot be compared in double precision', () => {
    // √(10^20 + 1) − 10^10 is 5·10^-11 to the digits shown, but doubles lose it to cancellation: sympy decides, the rules give no NO.
    const v = judgeByRules('1 : 2 : \\sqrt{10^{20}+1} - 10^{10}', '1 : 2 : 5 \\cdot 10^{-11}');
    expect(v).toEqual({ equal: null, method: 'none', reason: 'The values are too close to cancellation to compare in double precision.' });
  });
});
