import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { expectMatch, expectNoMatch } from '../../fixtures/critic/expect-verdict';

describe('judgeByRules', () => {
  describe('should read the final answer of a whole response', () => {
    test('for the last box, an answer phrase and the last output block', () => {
      expectMatch('So $x = \\boxed{\\frac{5}{2}}$.', '2.5');
      expectMatch('Each box holds 12. The answer is 12.', '12');
      expectMatch('```python\nprint(Fraction(3, 4))\n```\n```output\n3/4\n```\n', '\\frac34');
    });
    test('for a MATH solution or a GSM8K answer as the reference', () => {
      expectMatch('7', 'so the total is $\\boxed{7}$.');
      expectMatch('18', 'She sells 9 eggs for $2 each.\n#### 18');
    });
  });

  describe('should reject responses that do not commit to one answer', () => {
    test('for two different boxed answers', () => {
      const v = judgeByRules('First \\boxed{3}, then \\boxed{4}.', '4');
      expect(v.equal).toBe(false);
      expect(v.reason).toMatch(/different final answers/);
    });
    test('for a hedge', () => {
      expectNoMatch('3 or 4', '3');
      expectNoMatch('\\pm 2', '2');
    });
    test('for a long response without a final answer', () => {
      expectNoMatch('We first compute the price of each item and then we would need to add the tax, which the problem does not give, so we stop here.', '24');
    });
  });

  describe('should treat formats of the same value as equal', () => {
    test('for thousands separators, currency and units', () => {
      for (const p of ['1,024', '1{,}024', '1\\,024', '1 024', '\\$1024', '1024 \\text{ dollars}']) expectMatch(p, '1024');
    });
    test('for LaTeX fractions, radicals and products', () => {
      expectMatch('\\dfrac{\\sqrt{2}}{2}', '\\frac{1}{\\sqrt{2}}');
      expectMatch('\\left(\\tfrac{3}{4}\\right)', '0.75');
      expectMatch('2 \\cdot 3', '6');
      expectNoMatch('2\\cdot3', '23');
    });
    test('for unicode minus, scientific notation and mixed numbers', () => {
      expectMatch('−3', '-3');
      expectMatch('3.2\\times10^4', '3.2e4');
      expectMatch('2\\frac{1}{2}', '\\frac52');
    });
    test('for program output forms', () => {
      expectMatch('Rational(1, 3)', '\\frac13');
      expectMatch('np.float64(0.5)', '\\frac12');
      expectMatch('2*pi/3', '120^\\circ');
      expectMatch('Matrix([[1, 0], [0, 1]])', '\\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}');
      expectMatch('{x: 3, y: -2}', 'x=3, y=-2');
      expectMatch('True', 'yes');
    });
  });

  describe('should keep numbers exact', () => {
    test('for big integers that differ by one', () => {
      expectNoMatch('2^{64}+1', '2^{64}');
      expectMatch('2^{64}+1', '18446744073709551617');
    });
    test('for rounded decimals against exact values, correctly rounded to three digits or more', () => {
      expectNoMatch('0.33', '\\frac13');
      expectMatch('0.3333333', '\\frac13');
      expectMatch('3.14', '\\pi');
      expectNoMatch('3.15', '\\pi');
      expectMatch('0.30000000000000004', '0.3');
      expectNoMatch('3.0000000001', '3');
    });
    test('for values that cancel in double precision, leaving them undecided', () => {
      expect(judgeByRules('0', '\\sqrt{10^{20}+1}-10^{10}').equal).toBeNull();
    });
    test('for tiny distinct values', () => {
      expectNoMatch('1e-12', '2e-12');
    });
  });

  describe('should apply the percent and degree policies', () => {
    test('for a percent sign on either side', () => {
      expectMatch('25\\%', '25');
      expectMatch('25%', '0.25');
      expectNoMatch('25', '0.25');
    });
    test('for degrees against radians', () => {
      expectMatch('30^\\circ', '\\frac{\\pi}{6}');
      expectNoMatch('30', '\\frac{\\pi}{6}');
    });
  });

  describe('should respect structure', () => {
    test('for unordered sets and ordered tuples', () => {
      expectMatch('\\{3, 1, 2\\}', '\\{1,2,3\\}');
      expectNoMatch('(2, 1)', '(1, 2)');
    });
    test('for interval ends', () => {
      expectNoMatch('(1, 2]', '[1, 2]');
      expectMatch('[2, +\\infty)', 'x \\geq 2');
      expectNoMatch('[1, 2]', '(1, 2)', 'Find the interval where f increases.');
      expectMatch('[1, 2]', '(1, 2)', 'Find the coordinates of the point P.');
    });
  });

  describe('should judge choices and text', () => {
    const question = 'Which is largest? (A) 12 (B) 15 (C) 42 (D) 7';
    test('for letters with or without the option text', () => {
      expectMatch('\\textbf{(C)} 42', 'C', question);
      expectMatch('42', 'C', question);
      expectNoMatch('(C) 15', 'C', question);
      expectNoMatch('A, B, C, D', 'C');
    });
    test('for AMC option layouts and references that carry the option text', () => {
      const amc = 'What is it? $\\textbf{(A) }8\\qquad\\textbf{(B) }9\\qquad\\textbf{(C) }\\frac{12}{5}\\qquad\\textbf{(D) }11$';
      expectMatch('2.4', 'C', amc);
      expectNoMatch('\\textbf{(C) }9', 'C', amc);
      expectMatch('8', '(C) 8');
      expectNoMatch('(B)', '(C) 8');
    });
    test('for short words', () => {
      expectMatch('\\text{Monday}', 'monday');
      expectNoMatch('odd', 'even');
    });
  });

  describe('should leave undecidable pairs undecided', () => {
    test('for a reference that is not mathematics against an expression', () => {
      expect(judgeByRules('x^2', 'the set of all even numbers').equal).toBeNull();
    });
  });
});
