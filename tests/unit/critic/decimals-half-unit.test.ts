import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * Policy `decimals`: a decimal is the rounding of a value up to half a unit in its last place, that
 * bound included with its allowance for float error (1e-12 of the unit plus 4 ε of the value).
 */
describe('a decimal half a unit in its last place from the reference', () => {
  // 0.02575 sits midway between 0.0257 and 0.0258; these references are exactly half a unit plus
  // the float allowance away from each, in double precision.
  test('should round to it from below, the bound included', () => {
    expect(judgeByRules('0.0257', '0.025750000000000123')).toMatchObject({ equal: true, reason: '0.0257 agrees with 0.02575 to the precision given.' });
  });
  test('should round to it from above, the bound included', () => {
    expect(judgeByRules('0.0258', '0.025749999999999877')).toMatchObject({ equal: true, reason: '0.0258 agrees with 0.02575 to the precision given.' });
  });
});
