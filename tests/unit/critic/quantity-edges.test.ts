import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * compareScalars (policies `percent`, `degrees`, `units`, `±`) through the rules' verdict: which
 * pairs of quantities match, and the method and reason the UI shows for them.
 */
const verdict = (pred: string, gold: string, question?: string) => judgeByRules(pred, gold, { question });

describe('compareScalars', () => {
  describe('should read a percent sign', () => {
    test('NO for a value that differs both ways, saying so', () => {
      expect(verdict('50%', '0.6')).toEqual({ equal: false, method: 'numeric', reason: 'The values differ with or without the percent sign.' });
    });
    test('undecided, not NO, when the value cannot be evaluated: arcsin(2)% is 0.01·arcsin(2)', () => {
      expect(verdict('\\arcsin(2)\\%', '0.01\\arcsin(2)')).toEqual({ equal: null, method: 'none', reason: 'A value could not be evaluated.' });
    });
  });

  describe('should compare degrees with radians', () => {
    test('against a value in radians, rounded: 30° is 0.5236 rad', () => {
      expect(verdict('30°', '0.5236 rad')).toEqual({
        equal: true,
        method: 'numeric',
        reason: '0.5235987756 agrees with 0.5236 to the precision given. (degrees against radians)',
      });
    });
    test('against a multiple of π: 30° is π/6', () => {
      expect(verdict('30°', '\\frac{\\pi}{6}')).toEqual({ equal: true, method: 'numeric', reason: 'Both evaluate to 0.5235987756. (degrees converted to radians)' });
    });
    test('against a negative multiple of π: -30° is -π/6', () => {
      expect(verdict('-30°', '-\\frac{\\pi}{6}').equal).toBe(true);
    });
    test('but not against milliradians as if they were radians: 30° is not 0.5236 mrad', () => {
      expect(verdict('30°', '0.5236 mrad').equal).toBe(false);
    });
  });

  describe('should read cents as hundredths against a bare number', () => {
    test('on either side: 75 cents is 0.75 and 0.75 is 75 cents', () => {
      expect(verdict('75 cents', '0.75')).toEqual({ equal: true, method: 'numeric', reason: 'Both equal 3/4. (cents as hundredths)' });
      expect(verdict('0.75', '75 cents')).toEqual({ equal: true, method: 'numeric', reason: 'Both equal 3/4. (cents as hundredths)' });
    });
    test('only when one side has no unit: 75 cents is not 0.75 cents', () => {
      expect(verdict('75 cents', '0.75 cents').equal).toBe(false);
    });
    test('only for cents: 3 cm is not 0.03', () => {
      expect(verdict('3 cm', '0.03').equal).toBe(false);
    });
    test('only when the numbers differ: 0 cents is 0 as it stands', () => {
      expect(verdict('0 cents', '0')).toEqual({ equal: true, method: 'exact', reason: 'Both are the same expression.' });
    });
  });

  describe('should convert units of one dimension exactly', () => {
    test('as exact numbers: 60 minutes is 1 hour, 90 minutes is not 2 hours', () => {
      expect(verdict('60 minutes', '1 hour')).toEqual({ equal: true, method: 'exact', reason: 'Both equal 3600. (after converting minutes and hour)' });
      expect(verdict('90 minutes', '2 hours')).toEqual({ equal: false, method: 'exact', reason: '5400 is not 7200. (after converting minutes and hours)' });
    });
    test('with the power of the unit: 20000 cm^2 is 2 m^2', () => {
      expect(verdict('20000 cm^2', '2 m^2').equal).toBe(true);
    });
    test('but not a length into an area: 1 m is not 1 m^2', () => {
      expect(verdict('1 m', '1 m^2')).toEqual({ equal: false, method: 'rule', reason: 'The units differ (m vs m^2).' });
    });
  });

  describe('should rename arbitrary constants only for an answer that differs as written', () => {
    test('so an answer equal as it stands keeps its own verdict', () => {
      // The C and K here cancel: the sides agree without renaming, and the reason says how.
      const ode = "Find the general solution of y' = y.";
      expect(verdict('e^x + 0C', 'e^x + 0K', ode)).toEqual({ equal: true, method: 'numeric', reason: 'The expressions agree at 8 random points.' });
    });
  });

  describe('should read ± as a set of two values', () => {
    test('so one of them alone is a single value against a set', () => {
      expect(verdict('3', '2 \\pm 1')).toEqual({ equal: false, method: 'structure', reason: 'A single value against a set.' });
    });
    test('in any order, even when the question asks for an order', () => {
      // `2 ± 1` does not say which of 3 and 1 comes first, so it cannot be out of order.
      expect(verdict('2 \\pm 1', '1, 3', 'Find the roots in increasing order.')).toEqual({ equal: true, method: 'structure', reason: 'The same 2 values, in any order.' });
    });
  });
});
