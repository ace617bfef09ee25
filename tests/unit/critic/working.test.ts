/** Responses that end on a line of working rather than a box or an answer phrase (policy `final-answer` and the value policies it feeds). */
import { describe, expect, test } from 'vitest';
import { expectMatch, expectNoMatch } from '../../fixtures/critic/expect-verdict';
import { finalStatement, isPureMath } from '../../../src/core/critic/derivation';
import { readResponse } from '../../../src/core/critic/response';

const WORK = 'We set up the relation from the statement and simplify it.\n\n';

describe('finalStatement', () => {
  describe('should take the value a line of working ends on', () => {
    test('for the last side of a chain of equalities', () => {
      expect(finalStatement('MRS = -\\frac{MU_x}{MU_y} = -\\frac{1}{2\\sqrt{X}}')).toBe('-\\frac{1}{2\\sqrt{X}}');
      expect(finalStatement('ab + 5b + 2a + 10 = b(a + 5) + 2(a + 5) = (b + 2)(a + 5)')).toBe('(b + 2)(a + 5)');
    });
    test('for the step after the last implication, without its domain condition', () => {
      expect(finalStatement('m\\dot v = u \\Rightarrow v(t) = \\frac{t}{m} for t \\ge 0.')).toBe('v(t) = \\frac{t}{m}');
      expect(finalStatement('y(t) = 2e^{-t} - e^{-2t}, t \\geq 0')).toBe('y(t) = 2e^{-t} - e^{-2t}');
      expect(finalStatement('By partial fractions, \\therefore y(t) = e^{-t} - e^{-2t}')).toBe('y(t) = e^{-t} - e^{-2t}');
    });
    test('for the formula after the last "so"', () => {
      expect(finalStatement('Substituting: -4A + A = 3, so A = -1.')).toBe('A = -1');
      expect(finalStatement('So $x \\in [-3, -1]$.')).toBe('$x \\in [-3, -1]$');
    });
  });
  describe('should leave alone what is not a chain', () => {
    test('for alternatives, systems, lists and conditions', () => {
      expect(finalStatement('x = 9 or x = 5')).toBe('x = 9 or x = 5');
      expect(finalStatement('(x, y) = (1, 2) and (x, y) = (2, 1)')).toBe('(x, y) = (1, 2) and (x, y) = (2, 1)');
      expect(finalStatement('x = 1, y = 2')).toBe('x = 1, y = 2');
      expect(finalStatement('a \\neq 0, a \\neq 1')).toBe('a \\neq 0, a \\neq 1');
    });
    test('for prose whose result clause is itself prose', () => {
      expect(finalStatement('The slope is -2, so the line falls.')).toBe('The slope is -2, so the line falls.');
    });
  });
});

describe('isPureMath', () => {
  describe('should tell a formula from a sentence', () => {
    test('for names in capitals, LaTeX commands and short words', () => {
      expect(isPureMath('MRTS = \\frac{MP_L}{MP_K}')).toBe(true);
      expect(isPureMath('x = 5 or x = 9')).toBe(true);
      expect(isPureMath('The slope is -2')).toBe(false);
    });
  });
});

describe('readResponse', () => {
  describe('should read working from its last sentence', () => {
    test('for the last paragraph of a short response', () => {
      expect(readResponse('A = \\sqrt2 and \\phi = \\pi/4.\n\nf(t) = \\sqrt{2}\\cos(2t - \\pi/4)')).toMatchObject({ candidates: ['f(t) = \\sqrt{2}\\cos(2t - \\pi/4)'] });
    });
    test('for two sentences on one short line', () => {
      expect(readResponse('Solving 2x + 1 = 9 gives x = 4. There is exactly one solution: x = 4.')).toMatchObject({ candidates: ['x = 4'] });
      expect(readResponse('Yes. It converges.')).toMatchObject({ candidates: ['Yes. It converges.'] });
    });
    test('for a closing remark in brackets and a note about the notation', () => {
      expect(readResponse('The coefficient is 40. (For comparison, the constant term is 32.)')).toMatchObject({ candidates: ['The coefficient is 40.'] });
      expect(readResponse(WORK + 'y = Ce^{-3x}\n\nwhere C is an arbitrary constant.')).toMatchObject({ candidates: ['y = Ce^{-3x}'] });
    });
  });
  describe('should note a hedge after the marked answer', () => {
    test('for "…is 12 or 24" after "The answer is 12"', () => {
      expect(readResponse('The answer is 12. If the boxes were told apart it would be 24, so the count is 12 or 24.')).toMatchObject({ hedgedAfter: 'If the boxes were told apart it would be 24, so the count is 12 or 24.' });
      expect(readResponse('The answer is 12. Checking: 3 boxes of 4 make 12.')).not.toHaveProperty('hedgedAfter');
      expect(readResponse('The answer is 5. Values 3 or 4 are not possible here.')).not.toHaveProperty('hedgedAfter');
    });
  });
});

describe('judgeByRules', () => {
  describe('should judge a response that ends on working by the value it ends on', () => {
    test('for a chain, an implication and a result clause', () => {
      expectMatch(WORK + 'V = \\pi r^2 h = \\pi \\cdot 9 \\cdot 4 = 36\\pi', '36\\pi');
      expectNoMatch(WORK + 'V = \\pi r^2 h = \\pi \\cdot 9 \\cdot 4 = 36\\pi', '36');
      expectMatch("p'(t) = 6t \\Rightarrow p(t) = 3t^2 for t \\ge 0.", '3t^2');
      expectMatch('The slope is -2 and the intercept is 5, so y = 5 - 2x.', 'y=-2x+5');
      expectNoMatch('The slope is -2 and the intercept is 5, so y = 5 + 2x.', 'y=-2x+5');
    });
    test('for a sentence that says what something is or has', () => {
      expectMatch('We check f(-x) = -f(x).\n\nThe function is odd.', '\\text{odd}');
      expectNoMatch('We check f(-x) = f(x).\n\nThe function is even.', '\\text{odd}');
      expectMatch('4x - 8 = -2x - 8 \\Rightarrow x = 0. The equation has exactly one solution.', '1');
      expectNoMatch('Each line meets the circle twice. The system has exactly two solutions.', '3');
      expectMatch('Each of the 3 boxes holds 4 balls, so there are 3 \\times 4 = twelve balls.', '12');
      expectMatch('Tritium has 1 proton (uud) and 2 neutrons (udd), so it holds 1 + 2 + 2 = five down quarks.', '5');
      expectNoMatch('Tritium has 1 proton (uud) and 2 neutrons (udd), so it holds 1 + 2 + 2 = five down quarks.', '2');
    });
    test('for a clock time computed with an equals sign', () => {
      expectMatch('12:11 + 90 min + 17 min = 01:58 AM', '1:58 am');
      expectNoMatch('12:11 + 90 min + 17 min = 01:58 AM', '12:11 am');
    });
    test('for "no solution" as a count only when the question asks how many', () => {
      const q = 'How many solutions does the system have?';
      expectMatch('The slopes are equal, so the system has no solution.', '0', q);
      expectNoMatch('The slopes are equal, so the system has no solution.', '1', q);
      expectNoMatch('The slopes are equal, so the system has no solution.', '0', 'Solve the system.');
    });
  });
  describe('should not credit a response that ends by keeping two answers open', () => {
    test('for "189 or 378" after "The answer is 189"', () => {
      expectNoMatch('S_6 = 189.\n\nThe answer is 189. Counting from a_0 instead gives 378.\n\nSo S_6 is 189 or 378.', '189');
      expectNoMatch('So the answer is $\\boxed{7}$. Counting the empty set too would give 8, so it is 7 or 8.', '7');
    });
    test('for a reference that itself holds both values', () => {
      expectMatch('The answer is 3 or 5.', '3 or 5', 'Find all $x$ with $(x-3)(x-5) = 0$.');
    });
  });
  describe('should read notation models write after working', () => {
    test('for physics units apart from the number', () => {
      expectMatch('\\boxed{1.55\\ \\text{eV}}', '1.55');
      expectMatch('\\boxed{6630\\ \\text{\\AA}}', '6630');
      expectNoMatch('\\boxed{2.5\\ \\text{eV}}', '2.5\\ \\text{Hz}');
      expectNoMatch('\\boxed{3 ab}', '3');
    });
    test('for a set named by an operation', () => {
      const q = 'Given $M=\\{x|x+2\\geq 0\\}$ and $N=\\{x|x-1<0\\}$, find $M \\cap N$.';
      expectMatch('Therefore M \\cap N = \\{x \\mid -2 \\leqslant x < 1\\}.', '\\{x|-2\\leq x < 1\\}', q);
      expectNoMatch('Therefore M \\cap N = \\{x \\mid -2 < x < 1\\}.', '\\{x|-2\\leq x < 1\\}', q);
      expectNoMatch('A \\cup B = \\{1, 3\\}', '\\{1,2\\}');
    });
    test('for numpy arrays, sympy constants and binomial coefficients', () => {
      expectMatch('[[ 3. -1.]\n [-5.  2.]]', '\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}');
      expectNoMatch('[[ 3. 1.]\n [-5.  2.]]', '\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}');
      expectMatch('Eq(y(x), C1*exp(-2*x) + x/2 - 1/4)', 'x / 2-1 / 4+c e^{-2 x}', 'Find the general solution of the differential equation.');
      expectMatch('\\binom{400}{40}\\binom{200}{20}', 'C_{400}^{40} \\cdot C_{200}^{20}');
      expectNoMatch('C_6^3', '15');
    });
  });
});
