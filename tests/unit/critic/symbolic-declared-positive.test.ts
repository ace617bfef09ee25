import { describe, expect, test } from 'vitest';
import { judge } from '../../../src/core/critic';
import { useSympyChecker } from '../../support/sympy-checker';

const symbolic = useSympyChecker();

const POSITIVE_QRS = 'The given equation $q=s(r-1)^{2}$ relates the positive numbers q,r, and s. Express r in terms of q and s, when r > 1.';

describe('createSympyChecker', () => {
  describe('should take every variable as positive in mode all-positive', () => {
    test('for a root moved out of a quotient', async () => {
      expect(await symbolic.check([{ a: 'sqrt(q*s)/s', b: 'sqrt(q/s)', mode: 'all-positive' }])).toEqual([true]);
    });
    test('for the root of a square', async () => {
      expect(await symbolic.check([{ a: 'sqrt(x**2)', b: 'x', mode: 'all-positive' }])).toEqual([true]);
    });
    test('but not in mode positive, which takes only named constants as positive', async () => {
      expect(await symbolic.check([{ a: 'sqrt(q*s)/s', b: 'sqrt(q/s)', mode: 'positive' }])).not.toEqual([true]);
    });
    test('and still tell different expressions apart', async () => {
      expect(await symbolic.check([{ a: 'sqrt(q)/s', b: 'sqrt(q/s)', mode: 'all-positive' }])).toEqual([false]);
    });
  });
});

describe('judge', () => {
  describe('should confirm with sympy an answer equal when the question declares its variables positive', () => {
    test('for the root rationalised', async () => {
      const v = await judge('$$r = 1+\\frac{\\sqrt{qs}}{s}$$', '$r=1+\\sqrt{\\frac{q}{s}}$', { question: POSITIVE_QRS, symbolic });
      expect(v).toMatchObject({ equal: true, method: 'symbolic' });
    });
    test('but not when the question does not declare them positive', async () => {
      const v = await judge('$$r = 1+\\frac{\\sqrt{qs}}{s}$$', '$r=1+\\sqrt{\\frac{q}{s}}$', { question: POSITIVE_QRS.replace('positive ', ''), symbolic });
      expect(v.equal).toBe(false);
    });
  });
});
