/** Policy `units`, compound amounts: "1 hour 15 minutes" is one amount of its smallest unit, a list of amounts is not. */
import { describe, expect, test } from 'vitest';
import { expectVerdicts } from '../../fixtures/critic/expect-verdicts';
import { compoundIn, compoundQuantity } from '../../../src/core/critic/units';

describe('compound amounts', () => {
  describe('should read a final answer of several units as one amount', () => {
    test('for two-digit, decimal and glued amounts', () => {
      expectVerdicts([
        ['12 hours 30 minutes', '750 minutes'], ['1.25 hours and 10 minutes', '85 minutes'], ['5 ft 3.25 in', '63.25 in'], ['5ft 3in', '63 in'],
        ['1 hour 30.5 minutes', '90.5 minutes'], ['1 m 20 cm', '120 cm'],
      ], true);
    });
    test('for three units and for commas, with or without spaces', () => {
      expectVerdicts([
        ['1 hour 2 minutes 3 seconds', '3723 seconds'], ['1 m, 20 cm', '120 cm'], ['1 h 20 min,30 s', '4830 s'], ['1\\text{ m}\\ 20\\text{ cm}, 5\\text{ mm}', '1205 mm'],
      ], true);
    });
  });

  describe('should keep a list of amounts a list', () => {
    test('for amounts of one unit', () => {
      expectVerdicts([['3 cm, 4 cm', '3, 4']], true);
      expectVerdicts([['3 cm, 4 cm', '7 cm']], false);
    });
    test('for amounts of different dimensions and a larger unit after a smaller one', () => {
      expectVerdicts([['2 kg, 50 cm', '2, 50'], ['20 cm, 1 m', '20, 1']], true);
    });
  });

  describe('should read nothing that is not a compound amount from start to end', () => {
    test('for an amount with arithmetic after it', () => {
      expect(compoundQuantity('1 hour 30 minutes - 15 seconds')).toBe(null);
    });
    test('for a number that is not an amount before one', () => {
      expect(compoundQuantity('2. hours 30 minutes 10 seconds')).toBe(null);
    });
  });

  describe('should read a compound amount in a sentence', () => {
    test('for two-digit, decimal and glued amounts', () => {
      expectVerdicts([
        ['It took 12 hours and 30 minutes.', '750 minutes'], ['It lasted 1.25 hours and 10 minutes.', '85 minutes'], ['It takes 1h 15min.', '75'],
        ['The rope is 10 ft 11.75 in long.', '131.75 in'], ['The plank is 2 m 12.5 cm long.', '212.5 cm'],
      ], true);
    });
    test('for three units, with and without "and"', () => {
      expectVerdicts([['It took 1 hour, 2 minutes and 3 seconds.', '3723 seconds'], ['It takes 1 hour 15 minutes.', '75']], true);
    });
    test('for abbreviations with dots and odd commas', () => {
      expectVerdicts([
        ['She is 5 ft. 3 in. tall.', '63 inches'], ['It took 1 h 20 min , 30 s to finish.', '4830 s'], ['It took 1 hour 20 minutes,30 seconds to finish.', '4830 seconds'],
      ], true);
    });
    test('for more than one space between its parts', () => {
      expect(compoundIn('It takes 1 hour  15 minutes')).toEqual({ value: '75 minutes', at: 9, end: 27 });
      expect(compoundIn('It takes 1 hour and  15 minutes')).toEqual({ value: '75 minutes', at: 9, end: 31 });
    });
  });
});
