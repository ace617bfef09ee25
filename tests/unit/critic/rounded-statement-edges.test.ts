import { describe, expect, test } from 'vitest';
import { roundedStatement } from '../../../src/core/critic/rounded-statement';

/**
 * Policy `final-answer`: `… = \frac{5}{7} ≈ 0.7143` answers with the decimal when the question asks for
 * a rounding or the reference is itself one, and keeps the exact value otherwise.
 */
const FOUR_FIGURES = 'Write 5/7 as a decimal, correct to four significant figures.';
const NEAREST_TENTH_DEGREE = 'Find the angle of refraction to the nearest tenth of a degree.';
const THIRD_OF_500 = 'What is 3/500?';
const TWO_THIRDS = 'What is 2 divided by 3?';

describe('roundedStatement', () => {
  describe('should answer with the decimal the approximation ends on when the question asks for a rounding', () => {
    test.each([
      ['for a bare approximation', '\\frac{5}{7} ≈ 0.7143', '0.7143', FOUR_FIGURES, '0.7143'],
      ['for a named value, keeping its name', 'x = \\frac{5}{7} ≈ 0.7143', '0.7143', FOUR_FIGURES, 'x = 0.7143'],
      ['for a chain of equal forms, keeping all but the exact one', 'x = \\frac{10}{14} = \\frac{5}{7} ≈ 0.7143', '0.7143', FOUR_FIGURES, 'x = \\frac{10}{14} = 0.7143'],
      ['for a chain of approximations in symbols', 'F = ma ≈ m g ≈ 49', '49', 'Find the force in newtons, rounded to the nearest whole number.', 'F = 49'],
      ['for a decimal of exactly three significant figures against an exact reference', '\\frac{5}{7} ≈ 0.714', '\\frac{5}{7}', 'Write 5/7 as a decimal.', '0.714'],
      ['for a reference naming two decimals, whose last one sets the places', '\\sqrt{5} ≈ 2.24', '1.5 \\text{ and } 2.24', 'Find both lengths to the nearest hundredth.', '2.24'],
      ['for a percentage', '\\frac{1}{8} ≈ 12.5%', '12.5', 'What percent is 1/8? Round to the nearest tenth of a percent.', '12.5%'],
      ['for a unit written against the number', '\\sqrt{50} ≈ 7m', '7', 'How long is the diagonal, to the nearest whole number?', '7m'],
      ['for scientific notation with a two-digit exponent', '6.0221 \\times 10^{23} ≈ 6.02 \\times 10^{23}', '6.02 \\times 10^{23}', 'Give the number to three significant figures.', '6.02 \\times 10^{23}'],
    ])('%s', (_, s, gold, question, expected) => {
      expect(roundedStatement(s, gold, question)).toBe(expected);
    });
  });

  describe('should answer with an angle in degrees however its degree sign is written', () => {
    test.each([
      ['for ^\\circ', '\\arcsin(2/3) ≈ 41.8^\\circ', '41.8^\\circ'],
      ['for ^{\\circ} after a space', '\\arcsin(2/3) ≈ 41.8^ {\\circ}', '41.8^ {\\circ}'],
      ['for a space inside the braces before \\circ', '\\arcsin(2/3) ≈ 41.8^{ \\circ}', '41.8^{ \\circ}'],
      ['for a space inside the braces after \\circ', '\\arcsin(2/3) ≈ 41.8^{\\circ }', '41.8^{\\circ }'],
    ])('%s', (_, s, expected) => {
      expect(roundedStatement(s, '41.8', NEAREST_TENTH_DEGREE)).toBe(expected);
    });
  });

  describe('should keep the statement when it does not end on a plain rounding', () => {
    test.each([
      ['for words before the decimal', '\\frac{5}{7} ≈ roughly 0.7143'],
      ['for a decimal trailing off with an ellipsis', '\\frac{5}{7} ≈ 0.7142…'],
      ['for words in an earlier approximation of a chain', '\\frac{5}{7} ≈ roughly 0.71428 ≈ 0.7143'],
    ])('%s', (_, s) => {
      expect(roundedStatement(s, '0.7143', FOUR_FIGURES)).toBe(s);
    });
  });

  describe('should keep the exact value when neither the question nor the reference is a rounding', () => {
    test('for an exact reference and a question asking for no decimal', () => {
      expect(roundedStatement('\\frac{2}{3} ≈ 0.6667', '\\frac{2}{3}', TWO_THIRDS)).toBe('\\frac{2}{3} ≈ 0.6667');
    });
  });

  describe('should answer with the decimal a decimal reference is compared with', () => {
    test.each([
      ['for a plain decimal reference', '0.67'],
      ['for a reference in dollar signs', '$0.67$'],
    ])('%s', (_, gold) => {
      expect(roundedStatement('\\frac{2}{3} ≈ 0.67', gold, TWO_THIRDS)).toBe('0.67');
    });

    test.each([
      ['for ^\\circ', '41.8^\\circ'],
      ['for ^{\\circ} after a space', '41.8^ {\\circ}'],
      ['for a space inside the braces before \\circ', '41.8^{ \\circ}'],
      ['for a space inside the braces after \\circ', '41.8^{\\circ }'],
    ])('for a reference in degrees written %s', (_, gold) => {
      expect(roundedStatement('\\arcsin(2/3) ≈ 41.8^\\circ', gold, 'Find the angle of refraction in degrees.')).toBe('41.8^\\circ');
    });

    test.each([
      ['for 6\\times 10^{-3}', '\\frac{3}{500} ≈ 6\\times 10^{-3}', '0.006', '6\\times 10^{-3}'],
      ['for 6 \\times 10^{-3}', '\\frac{3}{500} ≈ 6 \\times 10^{-3}', '0.006', '6 \\times 10^{-3}'],
      ['for 6 \\times10^{-3}', '\\frac{3}{500} ≈ 6 \\times10^{-3}', '0.006', '6 \\times10^{-3}'],
      ['for an exponent without braces', '\\frac{3}{500} ≈ 6 \\times 10^-3', '0.006', '6 \\times 10^-3'],
      ['for a positive two-digit exponent', '\\frac{10^{12}}{3} ≈ 3.33 \\times 10^{11}', '333333333333.3', '3.33 \\times 10^{11}'],
    ])('for scientific notation written %s', (_, s, gold, expected) => {
      expect(roundedStatement(s, gold, THIRD_OF_500)).toBe(expected);
    });

    test.each([
      ['for a half rounded up', '\\frac{1}{8} ≈ 0.13', '0.13', '0.13'],
      ['for a half rounded down', '\\frac{1}{8} ≈ 0.12', '0.12', '0.12'],
      ['for a half rounded up at a value in the thousands', '\\frac{2001}{2} ≈ 1001', '1001.0', '1001'],
      ['for an exact value at the very edge of the allowance for float error', '10.5000000005105 ≈ 10', '10.0', '10'],
    ])('%s', (_, s, gold, expected) => {
      expect(roundedStatement(s, gold, 'What is the value?')).toBe(expected);
    });
  });

  describe('should keep the exact value against a decimal reference', () => {
    test.each([
      ['for a reference naming a variable', '\\frac{2}{3} ≈ 0.67', 'x = 0.67'],
      ['for a reference naming a variable without spaces', '\\frac{2}{3} ≈ 0.67', 'x=0.67'],
      ['for a reference with a unit', '\\frac{2}{3} ≈ 0.67', '0.67\\mathrm{m}'],
      ['for an exact value with a free variable', 'r = \\sqrt{A/\\pi} ≈ 1.13', '1.13'],
      ['for an exact value whose free variable a zeroth power hides from its value', 'k^0 + \\frac{1}{3} ≈ 1.33', '1.33'],
      ['for an exact value that does not parse', '\\frac{2}{3} + ≈ 0.67', '0.67'],
      ['for a complex exact value whose real part rounds to the decimal', '\\sqrt{-4} + 1 ≈ 1.00', '1.00'],
      ['for an infinite exact value', '\\ln(0) ≈ -2.30', '-2.30'],
      ['for an exact value of zero and a decimal that is not', '\\sin(\\pi) ≈ 1.0', '1.0'],
    ])('%s', (_, s, gold) => {
      expect(roundedStatement(s, gold, TWO_THIRDS)).toBe(s);
    });
  });
});
