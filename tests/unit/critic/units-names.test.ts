/** Policy `units`, name by name: which words count as units, which spellings are one unit, and the exact factors between units of one dimension. */
import { describe, test } from 'vitest';
import { expectVerdicts } from '../../fixtures/critic/expect-verdicts';

describe('units by name', () => {
  describe('should read a unit written apart from its number as a unit, not a variable', () => {
    // Read as a variable, `7 N` would be the product 7N, which is not the number 7.
    test('for single-letter units (hours, litres, newtons, joules, watts, volts, kelvins)', () => {
      expectVerdicts([['7 h', '7'], ['7 l', '7'], ['7 L', '7'], ['7 N', '7'], ['7 J', '7'], ['7 W', '7'], ['7 V', '7'], ['7 K', '7']], true);
    });
    test('for two-letter units of physics and chemistry', () => {
      const units = ['Pa', 'nm', 'pm', 'fm', 'um', 'ms', 'ns', 'kJ', 'MJ', 'kW', 'MW', 'GW', 'kV', 'mV', 'mA', 'kN', 'dB', 'Wb', 'lm', 'lx', 'Gy', 'Sv', 'Bq', 'AU', 'ly', 'pc'];
      expectVerdicts(units.map((u) => [`7 ${u}`, '7']), true);
    });
  });

  describe('should read a short unit glued to its number as a unit', () => {
    test('for a final answer such as "7mm" or "7mph"', () => {
      const units = ['mm', 'mg', 'in', 'mi', 'yd', 'lb', 'lbs', 'oz', 'ml', 'mL', 'hr', 'hrs', 'yr', 'yrs', 'cc', 'mph', 'kph', 'min', 'sec'];
      expectVerdicts(units.map((u) => [`7${u}`, '7']), true);
    });
    // In a sentence without a copula the number is read as a token: `20sq` and `25cm^2` are numbers with a unit, not codes.
    test('for a glued square unit inside a sentence', () => {
      expectVerdicts([['Each rug covers 20sq ft of floor.', '20'], ['Each tile covers 25cm^2.', '25'], ['Each tile covers 25m^2.', '25']], true);
    });
  });

  describe('should take the spellings of one unit as that unit', () => {
    test('for lengths', () => {
      expectVerdicts([
        ['2 centimeters', '2 cm'], ['2 centimetres', '2 cm'], ['2 meters', '2 m'], ['2 metres', '2 m'], ['2 kilometers', '2 km'], ['2 kilometres', '2 km'],
        ['2 millimeters', '2 mm'], ['2 millimetres', '2 mm'], ['2 inch', '2 in'], ['2 inches', '2 in'], ['1 foot', '12 in'], ['3 feet', '1 yd'],
        ['3 yards', '9 ft'], ['2 miles', '2 mi'],
      ], true);
    });
    test('for times', () => {
      expectVerdicts([
        ['2 hours', '120 min'], ['2 hr', '2 h'], ['2 hrs', '2 h'], ['90 minutes', '1.5 hours'], ['30 seconds', '30 s'], ['30 sec', '30 s'],
        ['2 days', '48 hours'], ['2 weeks', '14 days'], ['3 yr', '3 years'],
      ], true);
    });
    test('for money, masses and volumes', () => {
      // `75 cents` is also 0.75 of the currency (the cents rule needs the canonical name `cent`).
      expectVerdicts([
        ['5 dollars', '500 cents'], ['5 bucks', '5 dollars'], ['75 cents', '0.75'], ['500 grams', '0.5 kg'], ['2 kilograms', '2 kg'], ['3 pounds', '3 lb'],
        ['3 lbs', '3 pounds'], ['2 liters', '2000 ml'], ['2 litres', '2 l'],
      ], true);
    });
  });

  describe('should convert exactly between units of one dimension', () => {
    test('for times', () => {
      expectVerdicts([['120 s', '2 min'], ['2 h', '120 min'], ['1 day', '24 h'], ['1 week', '7 days']], true);
    });
    test('for lengths, metric and imperial', () => {
      expectVerdicts([['5 mm', '0.5 cm'], ['50 cm', '0.5 m'], ['3 km', '3000 m'], ['12 in', '1 ft'], ['1 yd', '3 ft'], ['1 mi', '1609.344 m']], true);
    });
    test('for masses, money and volumes', () => {
      expectVerdicts([['500 mg', '0.5 g'], ['2 kg', '2000 g'], ['2 dollars', '200 cents'], ['500 ml', '0.5 l']], true);
    });
    test('for a converted amount that is not the same', () => {
      // The factor is used, not just the dimension: 3 km is not 300 m, 1 yd is not 1 ft.
      expectVerdicts([['3 km', '300 m'], ['1 yd', '1 ft'], ['2 dollars', '2 cents']], false);
    });
  });
});
