/** Policy `equations`: two equations compared by `lhs − rhs` up to a factor, or solved for a shared unknown — verdicts, methods and reasons. */
import { describe, expect, test } from 'vitest';
import { judgeByRules, ruleOutcome } from '../../../src/core/critic';
import { parseExpr } from '../../../src/core/critic/parse';
import { compareNodes } from '../../../src/core/critic/scalar';
import { expectVerdicts } from '../../fixtures/critic/expect-verdicts';

describe('equations against equations', () => {
  test('should say why an equation whose sides differ is no value', () => {
    // `x^2 = 2x + 3` is a condition on x, not the number 3 on its right.
    const out = { equal: false, method: 'structure', reason: 'An equation against a value.' };
    expect(judgeByRules('x^2 = 2x + 3', '3')).toEqual(out);
    expect(judgeByRules('3', 'x^2 = 2x + 3')).toEqual(out);
  });

  test('should leave undecided an equation in e alone, which the rules read as Euler\'s number', () => {
    // `e = 1/2` is an eccentricity in a conic question, but to the rules it is 2.718… = 1/2: nothing to compare.
    const out = { equal: null, method: 'none', reason: 'An equation without unknowns.' };
    expect(judgeByRules('e = \\frac{1}{2}', '\\frac{c}{a} = e')).toEqual(out);
    expect(judgeByRules('\\frac{c}{a} = e', 'e = \\frac{1}{2}')).toEqual(out);
  });

  test('should take an equation written the other way round as the same, exactly', () => {
    // The same terms on the other sides: no factor to estimate, so the match is exact, not numeric.
    const out = { equal: true, method: 'exact', reason: 'The equations are the same: The same expression with its terms or factors in another order.' };
    expect(judgeByRules('y = 2x + 1', '2x + 1 = y')).toEqual(out);
    expect(judgeByRules('2x + 1 = y', 'y = 2x + 1')).toEqual(out);
  });

  test('should say that two lines through different points are different relations', () => {
    expect(judgeByRules('x + y = 1', 'x - y = 1')).toEqual({ equal: false, method: 'numeric', reason: 'The equations describe different relations.' });
  });

  test('should leave to sympy equations that double precision cannot evaluate', () => {
    // e^{10000x^2} overflows at every probe point: no factor can be estimated, and no NO is given.
    const out = { equal: null, method: 'none', reason: 'The equations may differ by a factor; a symbolic check is needed.' };
    expect(judgeByRules('y = e^{10000x^2}', '\\ln y = 10000x^2')).toEqual(out);
  });

  describe('should read a value in degrees as its angle when it meets an equation', () => {
    // Was a NO: `x = 30°` became the equation x = 30, while `60^\circ` on the right of an equation is read as 60π/180.
    test('against an equation in radians or in degrees', () => {
      expectVerdicts([['x = 30^\\circ', '2x = \\frac{\\pi}{3}'], ['2\\alpha = 60^\\circ', '\\alpha = 30^\\circ'], ['\\alpha = 30^\\circ', '2\\alpha = 60^\\circ']], true);
    });
    test('but not as another angle', () => {
      expectVerdicts([['x = 30^\\circ', '2x = \\frac{\\pi}{2}'], ['2\\alpha = 60^\\circ', '\\alpha = 60^\\circ']], false);
    });
  });

  describe('solved for a shared unknown', () => {
    test('should ask sympy to confirm the two solutions it found equal', () => {
      // dv/dt = (f - bv)/m and m dv/dt + bv = f differ by the factor m, an unknown: solved for v' both give (f - bv)/m.
      const out = ruleOutcome('\\frac{dv}{dt} = \\frac{f - bv}{m}', 'm\\frac{dv}{dt} + bv = f');
      expect(out.equal).toBe(true);
      expect(out.confirm?.map((c) => c.mode)).toEqual(['equal']);
      const solution = parseExpr('(f - b*v)/m')!;
      for (const side of [out.confirm![0]!.a, out.confirm![0]!.b]) expect(compareNodes(side, solution).equal).toBe(true);
    });

    test('should call two rational solutions equal exactly', () => {
      // r_0 (a positive constant of the problem) with √(4r_0²) = 6 is r_0 = 3: both solve to the rational 3.
      expect(judgeByRules('\\sqrt{4r_0^2} = 6', 'r_0 = 3')).toEqual({ equal: true, method: 'exact', reason: 'Both equations solved for r_0 give the same expression.' });
    });
  });
});
