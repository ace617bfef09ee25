import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * The function and constant names the parser maps, in LaTeX and as sympy or numpy print them. Each
 * row needs exactly one name: its value is known (`\sec(\pi/3)` is 2), so the pair is YES only when
 * the name is read as that function. A name read as nothing, or as another function, turns the YES
 * into NO or undecided. (A bare `asin(1/2)` reads as LaTeX prose; `2*asin(…)` is how sympy prints it.)
 */
const latex: [pred: string, gold: string, equal: boolean][] = [
  ['$\\sec(\\pi/3)$', '2', true],
  ['$\\csc(\\pi/6)$', '2', true],
  ['$\\arcsin(1/2)$', '$\\pi/6$', true],
  ['$\\arccos(1/2)$', '$\\pi/3$', true],
  ['$\\cosh(\\ln 2)$', '$5/4$', true], // (2 + 1/2)/2
  ['$\\tanh(\\ln 2)$', '$3/5$', true], // (2 - 1/2)/(2 + 1/2)
  ['$\\exp(\\ln 3)$', '3', true],
  ['$\\lg 100$', '2', true], // lg is the base-10 logarithm
  ['$\\cos^{-1}(0)$', '$\\pi/2$', true], // the inverse, not 1/cos(0) = 1
  // The wrong value is NO: the names are not matched as words.
  ['$\\sec(\\pi/3)$', '$1/2$', false],
  ['$\\cos^{-1}(0)$', '0', false],
];

const python: [pred: string, gold: string, equal: boolean][] = [
  ['tan(pi/4)', '1', true],
  ['cot(pi/4)', '1', true],
  ['sec(pi/3)', '2', true],
  ['csc(pi/6)', '2', true],
  ['2*asin(1/3)', '$2\\arcsin(1/3)$', true],
  ['2*acos(1/3)', '$2\\arccos(1/3)$', true],
  ['2*atan(1/3)', '$2\\arctan(1/3)$', true],
  ['sinh(log(2))', '$3/4$', true], // (2 - 1/2)/2; sympy's log is the natural one
  ['cosh(log(2))', '$5/4$', true],
  ['tanh(log(2))', '$3/5$', true],
  ['log(E**2)', '2', true],
  ['ln(E**3)', '3', true],
  ['Abs(-3)', '3', true],
  ['2*abs(x)', '$2|x|$', true],
  ['factorial(4)', '24', true],
  ['binomial(5, 2)', '10', true],
  ['2*floor(7/2)', '6', true],
  ['2*ceiling(7/2)', '8', true],
  ['2*root(8, 3)', '4', true],
  ['2*cbrt(27)', '6', true],
  // numpy's and JavaScript's names for ∞ are sympy's oo.
  ['x*inf', '$x\\infty$', true],
  ['x*infinity', '$x\\infty$', true],
  ['x*Infinity', '$x\\infty$', true],
  ['tan(pi/4)', '2', false],
];

describe('judgeByRules with named functions', () => {
  test.each(latex)('should judge %s against %s as %s', (pred, gold, equal) => {
    expect(judgeByRules(pred, gold).equal).toBe(equal);
  });
  test.each(python)('should judge %s against %s as %s (Python names)', (pred, gold, equal) => {
    expect(judgeByRules(pred, gold).equal).toBe(equal);
  });
});
