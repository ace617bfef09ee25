/** Issue 16, second round: answers written the way models and datasets really write them, policy by policy. */
import { describe, test } from 'vitest';
import { expectMatch, expectNoMatch } from '../../fixtures/critic/expect-verdict';

describe('judgeByRules', () => {
  describe('should read the value a sentence states, not its details', () => {
    test('for a detail after the value', () => {
      expectMatch('The maximum value of $z$ is $15$, attained at the vertex $(3, 3)$.', '15');
      expectNoMatch('The maximum value of $z$ is $15$, attained at the vertex $(3, 3)$.', '3');
    });
    test('for a closing remark in brackets', () => {
      expectMatch('The probability of red is $\\frac{5}{8}$ (and the probability of blue is $\\frac{3}{8}$).', '5/8');
      expectNoMatch('The probability of red is $\\frac{3}{8}$ (and the probability of blue is $\\frac{5}{8}$).', '5/8');
      expectMatch('After simplifying, the expression equals \\(2\\sqrt{3}\\).', '2\\sqrt3');
    });
    test('for a lead-in in words before a colon', () => {
      const q = 'Arrange $a = \\log_2 3$, $b = \\log_2 5$, $c = \\log_2 1.5$ from smallest to largest.';
      expectMatch('From smallest to largest: $c, a, b$.', 'c<a<b', q);
      expectNoMatch('From smallest to largest: $b, a, c$.', 'c<a<b', q);
    });
    test('for the formulas a sentence ends on, against several reference values', () => {
      expectMatch('Adding, $3a = 6$, so $a = 2$, $b = \\dfrac{7}{3}$.', 'a=2, b=\\frac{7}{3}');
      expectNoMatch('Adding, $3a = 6$, so $a = 3$, $b = \\dfrac{7}{3}$.', 'a=2, b=\\frac{7}{3}');
      expectMatch('$a_7 = 48$ and the sum is $384$.', '$48$, $384$', 'What is the value of $a_7$? What is the sum of all the terms?');
      expectNoMatch('The mean is $5$ and the median is $6$.', '6, 5', 'Find the mean and the median of the data set.');
    });
  });

  describe('should take one of several values when the question asks for one', () => {
    const q = 'Find one possible value of $m$.';
    test('for a value among the reference\'s', () => {
      expectMatch('One possible value is $\\boxed{2}$.', '$2$ or $-2$ or $\\frac{1}{2}$ or $-\\frac{1}{2}$', q);
      expectNoMatch('One possible value is $\\boxed{3}$.', '$2$ or $-2$ or $\\frac{1}{2}$ or $-\\frac{1}{2}$', q);
    });
    test('for a single value when the question asks for all of them, never', () => {
      expectNoMatch('$\\boxed{2}$', '$2$ or $-2$ or $\\frac{1}{2}$ or $-\\frac{1}{2}$', 'Find all values of $m$.');
    });
    test('for ± inside a list of values', () => {
      expectMatch('$m = \\pm 2$ or $m = \\pm\\frac{1}{2}$', '$2$ or $-2$ or $\\frac{1}{2}$ or $-\\frac{1}{2}$');
      expectNoMatch('$m = \\pm 2$ or $m = \\pm\\frac{1}{3}$', '$2$ or $-2$ or $\\frac{1}{2}$ or $-\\frac{1}{2}$');
    });
  });

  describe('should read relations as sympy prints them', () => {
    test('for an Interval with an infinite end, which is open there', () => {
      expectMatch('Interval(7, oo)', 'x \\geq 7');
      expectNoMatch('Interval.open(7, oo)', 'x \\geq 7');
      expectMatch('Union(Interval(-oo, -2), Interval(3, oo))', '(-\\infty,-2]\\cup[3,\\infty)');
    });
    test('for conjunctions and disjunctions of relations', () => {
      expectMatch('(-2 < x) & (x < 1)', '(-2,1)');
      expectNoMatch('(-2 <= x) & (x < 1)', '(-2,1)');
      expectMatch('(x < -2) | (x > 2)', '|x| > 2');
      expectMatch('Eq(x, 3)', '3');
    });
    test('for membership of any variable', () => {
      expectMatch('$\\omega \\in [2, 3)$', '[2,3)');
      expectNoMatch('$\\omega \\in [2, 3]$', '[2,3)');
    });
  });

  describe('should read a chain of comparisons as an order, not as letters', () => {
    const q = 'Given $a=1.01^{0.5}, b=1.01^{0.6}, c=0.6^{0.5}$, put a, b, c in decreasing order.';
    test('for the same order written either way', () => {
      expectMatch('$\\boxed{b>a>c}$', 'b > a > c', q);
      expectMatch('c < a < b', 'b > a > c', q);
    });
    test('for another order of the same letters, or another strictness', () => {
      expectNoMatch('$\\boxed{a > b > c}$', 'b > a > c', q);
      expectNoMatch('$\\boxed{b \\geq a > c}$', 'b > a > c', q);
    });
    test('for a list, in the direction the question asks', () => {
      expectMatch('In decreasing order: $\\boxed{b, a, c}$', 'b > a > c', q);
      expectNoMatch('$\\boxed{c, a, b}$', 'b > a > c', q);
    });
  });

  describe('should take labels as naming one quantity', () => {
    test('for a probability and an inverse function', () => {
      expectMatch('$P(A \\cap B) = 0.3$', '0.3');
      expectNoMatch('$P(A \\cup B) = 0.3$', 'P(A \\cap B) = 0.3');
      expectMatch('$\\boxed{\\frac{x-3}{2}}$', 'f^{-1}(x)=\\frac{x-3}{2}');
      expectMatch("$f'(x) = 3x^2 - 2$", '3x^2-2');
    });
    test('for an expression label only when the question asks for it', () => {
      expectMatch('$\\boxed{8x + 10y = 23}$', '23', 'If x + 2y = 9 and 5x + 4y = -4, what is the value of 8x + 10y?');
      expectMatch('\\boxed{z^3 = -1}', '-1', 'Find $z^3.$');
      expectMatch('\\boxed{x_1 + x_2 = 5}', '5', 'What is the sum of the roots of $x^2 - 5x + 6 = 0$?');
      expectNoMatch('\\boxed{a^2 = 1}', '1', 'Find $a$ if $a^2 + b^2 = 2$ and $a = b$.');
      expectNoMatch('\\boxed{\\sin^2(x) = 1}', '1', 'Find \\[\\cos^3 x + \\cos^2 x.\\]');
    });
  });

  describe('should compare ratios of several terms up to a common factor', () => {
    test('for the same ratio', () => {
      expectMatch('$a:b:c = 2:3:4$', '2:3:4');
      expectMatch('$\\boxed{4 : 6 : 8}$', '2:3:4');
      expectMatch('The ratio is 3 to 2.', '3:2');
    });
    test('for the terms in another order', () => {
      expectNoMatch('$\\boxed{4:3:2}$', '2:3:4');
      expectNoMatch('The ratio is 2 to 3.', '3:2');
    });
  });

  describe('should compare equations of motion however the derivative is written', () => {
    test('for the same equation solved for the derivative, or in another notation', () => {
      expectMatch('$\\boxed{\\frac{dv}{dt} = \\frac{f - bv}{m}}$', 'm \\frac{d v}{d t}+b v=f');
      expectMatch("Newton's law gives $\\boxed{m\\dot{v} + bv = f}$.", 'm \\frac{d v}{d t}+b v=f');
      expectMatch("$\\boxed{y' = r\\,\\bigl(x(t) - y\\bigr)}$", 'y^{\\prime}+r y-r x(t)=0');
      expectMatch("$\\boxed{x'' + 4x = 0}$", '\\ddot{x}+4 x=0');
    });
    test('for another equation', () => {
      expectNoMatch('$\\boxed{\\frac{dv}{dt} = \\frac{f + bv}{m}}$', 'm \\frac{d v}{d t}+b v=f');
      expectNoMatch('$\\boxed{\\frac{dx}{dt} = -4x}$', '\\ddot{x}+4 x=0');
    });
  });

  describe('should take named constants under a root as positive, plain variables not', () => {
    test('for a root of a square of a subscripted constant', () => {
      expectMatch('$\\boxed{v = 2r_0\\sqrt{\\pi G\\rho_0}}$', '\\sqrt{4 \\pi G \\rho_{0} r_{0}^{2}}');
      expectMatch('$\\boxed{v_0 \\sqrt{\\frac{m}{k}}}$', '\\sqrt{\\frac{m v_0^2}{k}}');
    });
    test('for a plain variable or an absolute value, never', () => {
      expectNoMatch('\\sqrt{x^2}', 'x');
      expectNoMatch('|r_0|', 'r_0');
    });
  });

  describe('should rename the arbitrary constants of a general solution', () => {
    const q = 'Find the general solution of the differential equation.';
    test('for constants named differently', () => {
      expectMatch('$\\boxed{y=\\frac{2x-1}{4} + Ce^{-2x}}$', 'x / 2-1 / 4+c e^{-2 x}', q);
      expectMatch('$\\boxed{x = Ae^{-t} + Be^{2t}}$', 'c_1 e^{-t}+c_2 e^{2 t}', q);
    });
    test('for another solution, or a question that asks for no general solution', () => {
      expectNoMatch('$\\boxed{x = Ae^{-t} + Be^{3t}}$', 'c_1 e^{-t}+c_2 e^{2 t}', q);
      expectNoMatch('$\\boxed{y=\\frac{2x-1}{4} + Ce^{-2x}}$', 'x / 2-1 / 4+c e^{-2 x}', 'Find y.');
    });
  });

  describe('should compare text answers by what they say', () => {
    test('for a sentence whose clause after a formula states the word', () => {
      expectMatch('Since $5^2 + 12^2 = 169 < 196 = 14^2$, the triangle is obtuse.', '\\text{obtuse}');
      expectNoMatch('Since $5^2 + 12^2 = 169 < 196 = 14^2$, the triangle is acute.', '\\text{obtuse}');
    });
    test('for "neither … nor …" and trailing nouns', () => {
      expectMatch('It is neither even nor odd.', '\\text{neither}');
      expectNoMatch('$f$ is neither even nor odd.', '\\text{odd}');
      expectMatch('The function is an odd function.', '\\text{odd}');
      expectMatch('obtuse triangle', '\\text{obtuse}', 'A triangle has sides 5, 12 and 14. Is it acute, right, or obtuse?');
    });
    test('for kinds of condition', () => {
      expectMatch('necessary but not sufficient', '$\\text{a necessary but not a sufficient condition}$');
      expectNoMatch('It is a necessary but not sufficient condition.', '\\text{sufficient but not necessary}');
    });
    test('for quadrants by ordinal, number or numeral', () => {
      expectMatch('$(1+3i)(3-i) = 6+8i$, which lies in the first quadrant.', '$Quadrant I$');
      expectMatch('The solution region reaches all four quadrants.', '$I,II,III,IV$', 'In which quadrant(s) does the solution set lie?');
      expectNoMatch('$\\boxed{\\text{I, II, and IV}}$', '$I,II,III,IV$', 'In which quadrant(s) does the solution set lie?');
    });
  });

  describe('should compare things written with digits as what they name', () => {
    test('for dates, clock times and versions', () => {
      expectMatch('She turns 16 on March 14, 2025.', '14 March 2025');
      expectNoMatch('$\\boxed{2025}$', '14 March 2025');
      expectMatch('230 = 9(24) + 14, and 3 pm + 14 h is 5:00 a.m. the next day, so it is 5:00 a.m.', '$5am$');
      expectNoMatch('So it is 5:00 p.m.', '$5am$');
      expectMatch('v2.3.1', '2.3.1');
      expectNoMatch('v2.3.2', '2.3.1');
    });
    test('for chemical formulas and ordinals', () => {
      expectMatch('$\\boxed{\\mathrm{CO}_2}$', '\\mathrm{CO_2}');
      expectNoMatch('$\\boxed{2}$', '\\mathrm{CO_2}');
      expectMatch('$\\boxed{21}$', '21\\text{st}');
      expectMatch('She finished $\\boxed{21^{\\text{st}}}$.', '21');
    });
  });
});
