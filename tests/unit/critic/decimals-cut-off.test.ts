import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * Policy `decimals`: a decimal cut off after TRUNCATED_SIG_DIGITS or more digits stands for the value,
 * but only on the side a cut leaves it — nearer zero than the value.
 */
describe('a long decimal more than half a unit off', () => {
  test('should stand for the value when it is cut off toward zero', () => {
    expect(judgeByRules('0.3333333333', '\\frac13').equal).toBe(true);
  });
  test('should not stand for the value when it lies beyond it', () => {
    // 1/3 = 0.33333333333…: cut off it is 0.3333333333, rounded it is the same; 0.3333333334 is neither.
    expect(judgeByRules('0.3333333334', '\\frac13')).toMatchObject({ equal: false, reason: '0.3333333334 is not 0.3333333333 to the precision given.' });
  });
  test('should not stand for a negative value when it lies beyond it', () => {
    expect(judgeByRules('-0.3333333334', '-\\frac13').equal).toBe(false);
    expect(judgeByRules('-0.6666666666', '-\\frac23').equal).toBe(true);
  });
});
