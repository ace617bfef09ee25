/** Policy `units`, by form: square and cubic units, powers, abbreviations and plurals, units glued to a number, and units built with `/`, `per` and powers. */
import { describe, expect, test } from 'vitest';
import { expectVerdicts } from '../../fixtures/critic/expect-verdicts';
import { canonicalUnit } from '../../../src/core/critic/units';

describe('units by form', () => {
  describe('should take two writings of one unit as that unit', () => {
    test('for square and cubic units in words and as powers', () => {
      expectVerdicts([['5 sq cm', '5 cm^2'], ['2 cubic meters', '2 m^3'], ['3 cubic centimeters', '3 cm^3'], ['5 meters^2', '5 m^2'], ['5 s^{-1}', '5 s^-1'], ['5 m^ 2', '5 m^2']], true);
    });
    test('for an abbreviation with its dot and a plural', () => {
      // The dot closes an abbreviation (`mi.`, `sq.ft.`); it is not part of the name.
      expectVerdicts([['60 mi. per hr', '60 mi per hr'], ['5 sq.ft. per person', '5 sq.ft per person'], ['5 watt', '5 watts']], true);
    });
    test('for a plural of three letters', () => {
      expectVerdicts([['5 kgs', '5 kg'], ['3 yrs', '3 years'], ['12 cms', '120 mm'], ['2 hrs', '2 h'], ['3 lbs', '3 pounds']], true);
    });
    test('for a unit written with odd case and spacing', () => {
      expect(canonicalUnit('  Square  Centimeters ')).toBe('cm^2');
    });
  });

  describe('should tell different units apart', () => {
    test('for a unit that only mentions a square or a cube', () => {
      // A pressure is not an area, a density is not a volume.
      expectVerdicts([['5 newtons per square meter', '5 square meters'], ['2 kg per cubic meter', '2 cubic meters']], false);
    });
    test('for a product of units with a power after the first', () => {
      // kg m^2 s^-2 (a joule) is not kg m^2: every power counts, not only the first.
      expectVerdicts([['3 kg m^2 s^{-2}', '3 kg m^2']], false);
    });
    test('for milliseconds against metres and newton metres against nanometres', () => {
      // `ms` is no plural of `m`; the words of `N m` are not run together into `nm`.
      expectVerdicts([['5 ms', '5 m'], ['5 N m', '5 nm']], false);
    });
    test('for square units against a malformed power', () => {
      // `cubic ^2` reads as a bare power `^2`: the word `units` (or `months`) must keep its name to differ from it.
      expectVerdicts([['5 square units', '5 cubic ^2'], ['5 square months', '5 cubic ^2']], false);
    });
  });

  describe('should read letters glued to a number as variables unless they are a listed short unit', () => {
    test('for a single letter and an expression that ends in one', () => {
      // `3h` is 3 times h, and `5 + 3h` is not 8 hours.
      expectVerdicts([['3h', '3'], ['5 + 3h', '8']], false);
    });
    test('for several letters', () => {
      // `4squared` is 16 if anything, never 4; `2abc` and `5xsq` are products of variables.
      expectVerdicts([['2abc', '2'], ['4squared', '4'], ['5xsq', '5']], false);
    });
  });

  describe('should read a compound unit after the number', () => {
    test('for units with a slash', () => {
      expectVerdicts([['200 sq ft/person', '200'], ['5 m / s', '5'], ['12 ft/sec', '12'], ['5 m/min', '5']], true);
    });
    test('for products of units with powers', () => {
      expectVerdicts([['5 kg m^2', '5'], ['9.8 m s^-2', '9.8'], ['5 kg m ^2', '5'], ['5 kg m^ 2', '5']], true);
    });
    test('for "per" twice', () => {
      // An acceleration is not a length.
      expectVerdicts([['9.8 meters per second per second', '9.8 m']], false);
    });
    test('for an answer broken by a line separator', () => {
      // The amount on the last line is not the answer: the rules leave it undecided.
      expectVerdicts([['2\u20283 cm', '3 cm']], null);
    });
  });
});
