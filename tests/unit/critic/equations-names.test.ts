/** Policy `equations`, by the names of the unknowns: which two names are different unknowns, and which are one quantity written two ways. */
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { differentUnknowns } from '../../../src/core/critic/equations';
import { expectVerdicts } from '../../fixtures/critic/expect-verdicts';

describe('names of unknowns', () => {
  describe('should tell two different unknowns apart even when their values agree', () => {
    test('for subscripts of one digit, several digits or letters', () => {
      // x_1 and x_2 are two roots; the 12th and 13th terms are two terms; x_{ab} and x_{cd} two coordinates.
      expectVerdicts([['x_1 = 5', 'x_2 = 5'], ['v_0 = 5', 'v_1 = 5'], ['a_{12} = 5', 'a_{13} = 5'], ['x_12 = 5', 'x_13 = 5'], ['x_{ab} = 5', 'x_{cd} = 5']], false);
    });
    test('for Greek letters', () => {
      // Two angles of a triangle may have the same size, but the answer names the other one.
      expectVerdicts([['\\alpha = 3', '\\beta = 3'], ['\\theta = \\frac{\\pi}{3}', '\\phi = \\frac{\\pi}{3}']], false);
    });
    test('with the reason naming both', () => {
      expect(judgeByRules('x_1 = 5', 'x_2 = 5')).toEqual({ equal: false, method: 'rule', reason: 'The answer gives x_1, the reference x_2.' });
    });
  });

  describe('should compare a multiple of an unknown as an equation, not as another unknown', () => {
    // `\sin\theta` and `2\sin\theta` are not two lone names: the equations are the same up to the factor 2.
    test('for a function of a Greek letter', () => {
      expectVerdicts([['\\sin\\theta = \\frac{1}{2}', '2\\sin\\theta = 1'], ['2\\sin\\theta = 1', '\\sin\\theta = \\frac{1}{2}']], true);
    });
    // Was a NO: `\alpha = 30` became the symbol `\alpha`, while the parser reads `2\alpha` as 2 times `alpha`.
    test('for a Greek letter on its own', () => {
      expectVerdicts([['2\\alpha = 60', '\\alpha = 30'], ['\\alpha = 30', '2\\alpha = 60'], ['3\\theta = \\pi', '\\theta = \\frac{\\pi}{3}']], true);
    });
    test('but not when the multiple gives another value', () => {
      expectVerdicts([['2\\alpha = 60', '\\alpha = 20']], false);
    });
  });

  describe('should take a product of function values written two ways as one quantity', () => {
    // Only a whole `f(…)` is a function value: `P(A)P(B)` is a product, compared as an equation, not as a name.
    test('with and without a dot, or with the factors in another order', () => {
      expectVerdicts([['P(A)P(B) = 0.06', 'P(A) \\cdot P(B) = 0.06'], ['f(x)g(x) = 6', 'g(x)f(x) = 6']], true);
    });
    test('while two function values are two quantities', () => {
      expectVerdicts([['f(2) = 5', 'g(2) = 5'], ['P(A) = 0.3', 'P(B) = 0.3']], false);
    });
  });

  test('should never call one name two unknowns', () => {
    // The exported test itself: the same name is the same unknown, whatever its kind.
    for (const name of ['x', 'a_1', '\\alpha', 'f(2)']) expect(differentUnknowns(name, name)).toBe(false);
    expect(differentUnknowns('x', 'y')).toBe(true);
    expect(differentUnknowns('f(2)', 'g(2)')).toBe(true);
  });
});
