import { describe, test } from 'vitest';
import { expectMatch, expectNoMatch } from '../../fixtures/critic/expect-verdict';

/**
 * Policy `decimals` at its edges: each pair sits just inside or just outside one of its bounds
 * (FULL_PRECISION_DIGITS, FLOAT_ULPS, NEAR_ZERO, MIN_SIG_DIGITS, TRUNCATED_SIG_DIGITS in policy.ts,
 * half a unit in the last place), so a bound moved or a comparison flipped changes a verdict.
 */
describe('the decimals policy', () => {
  describe('should take program round-off as equal up to its bounds, inclusive', () => {
    test('for a float printed with exactly 15 significant digits', () => {
      // About 13.5 ulps below 10: round-off only because 15 digits count as full precision (Python
      // prints 10 - 3e-14 this way); as a 15-digit rounding it would be 3 units off.
      expectMatch('9.99999999999997', '10');
    });
    test('for a float exactly 16 ulps off', () => {
      // 1 - 2^-48: its distance to 1, relative to 1, is exactly 16 * 2^-52.
      expectMatch('0.9999999999999964', '1');
    });
    test('for a decimal exactly 1e-12 away from an exact 0', () => {
      expectMatch('1e-12', '0');
    });
  });

  describe('should not call a short decimal round-off where doubles cannot tell', () => {
    test('for an integer one more than the decimal', () => {
      // 10^16 + 1 is 10^16 in double precision, but `1.0e16` shows two digits and an integer is never rounded.
      expectNoMatch('1.0e16', '10000000000000001');
    });
  });

  describe('should place the last digit where the literal puts it', () => {
    test('for a negative exponent', () => {
      // The last digit of 1.23e-3 is worth 1e-5, and 1/800 = 0.00125 is two of them away.
      expectNoMatch('1.23e-3', '\\frac{1}{800}');
    });
    test('for scientific notation without a point', () => {
      expectMatch('314e-2', '\\pi');
      expectMatch('314E-2', '\\pi');
    });
    test('for a percent, whose digits are hundredths', () => {
      // 66.7% = 0.667 to a thousandth: it rounds 2/3, not 3/5.
      expectMatch('66.7\\%', '\\frac23');
      expectNoMatch('66.7\\%', '\\frac35');
    });
    test('for a decimal over an exact fraction', () => {
      // 0.667 stands for 2/3 to a thousandth; over 1/3 that is 2 to three thousandths (2.001).
      expectMatch('\\frac{0.667}{\\frac13}', '2');
    });
  });

  describe('should refuse to round to tens or more only an exact integer', () => {
    test('for an irrational value', () => {
      // 2500π = 7853.98…: rounded to tens, 7.85e3 is right.
      expectMatch('7.85e3', '2500\\pi');
    });
    test('for a reference written with a decimal', () => {
      // 2.998 × 10^8 is a decimal, not an exact integer: an answer may round it to millions.
      expectMatch('3.00e8', '2.998 \\times 10^{8}');
    });
    test('for a last digit worth a hair under 1', () => {
      // 3.00 / (1/100 + 10^-30): its last digit is worth 1/(1 + 10^-28) < 1, so the integer rule does
      // not apply, and 300 is what it rounds to (doubles make that unit exactly 1).
      expectMatch('\\frac{3.00}{\\frac{1}{100} + 10^{-30}}', '300');
    });
  });

  describe('should accept either rounding of a value half-way between', () => {
    test('for a reference decimal at a tie', () => {
      expectMatch('12.3', '12.25');
    });
    test('for a tie among large values, where doubles are off by more than 1e-12 units', () => {
      expectMatch('1234567.3', '1234567.25');
    });
  });

  describe('should read a decimal cut off at ten significant digits as the value', () => {
    test('for π cut off after ten digits', () => {
      // Rounded, π is 3.141592654; cut off it is 3.141592653, which counts from ten digits on.
      expectMatch('3.141592653', '\\pi');
    });
    test('for a decimal rounded the wrong way, never', () => {
      // e = 2.7182818284…: 2.718281829 is neither its rounding (…828) nor its cut-off.
      expectNoMatch('2.718281829', 'e');
    });
  });

  describe('should not read a decimal as a value it cannot stand for', () => {
    test('for a complex value with that real part', () => {
      expectNoMatch('1.73', '\\sqrt{3} + i');
    });
    test('for a decimal over a divisor that is exactly 0', () => {
      // 1/10 + 2/10 - 3/10 is 0, though doubles make it 5.6e-17 and the quotient a finite 2.7e16.
      expectNoMatch('\\frac{1.50}{\\frac{1}{10}+\\frac{2}{10}-\\frac{3}{10}}', '\\pi');
    });
  });
});
