import { describe, expect, test } from 'vitest';
import { renamedConstants } from '../../../src/core/critic/arbitrary-constant';
import { freeVars, sameTree } from '../../../src/core/critic/ast';
import { parseExpr } from '../../../src/core/critic/parse';

/**
 * renamedConstants (policy `variables`): which questions ask for a general solution (so the
 * answer's arbitrary constants may be renamed to the reference's), and which unknowns count as
 * such constants.
 */
const node = (t: string) => parseExpr(t)!;
// The answer's unknowns after each renaming the rule offers, sorted.
const renamings = (answer: string, reference: string, question: string) =>
  renamedConstants(node(answer), node(reference), question).map((n) => [...freeVars(n)].sort());
const GENERAL = 'Find the general solution of the differential equation.';

describe('renamedConstants', () => {
  // `Ce^{3x}` against `Ke^{3x}`: the question is a differential equation written out, so C is renamed K.
  describe('should see a differential equation written out', () => {
    test.each([
      ["Solve y'=3y.", "y' with no space before ="],
      ["Solve y'(x) = 3y(x).", "y'(x) with spaces around ="],
      ["Solve y'( x ) = 3y.", 'y\'( x ) with spaces inside the parentheses'],
      ["Solve y'(x)=3y(x).", "y'(x) with no space before ="],
      ['Solve \\frac { d y } { dx } = 3y.', '\\frac{dy}{dx} written with spaces everywhere'],
      ['Solve dy/dx = 3y.', 'dy/dx'],
      ['Solve dy / dx = 3y.', 'dy / dx with spaces'],
    ])('%s (%s)', (question) => {
      const out = renamedConstants(node('Ce^{3x}'), node('Ke^{3x}'), question);
      expect(out.length).toBe(1);
      expect(sameTree(out[0]!, node('Ke^{3x}'))).toBe(true);
    });
    test("a second derivative: \\frac{d^2y}{dx^2} = -y, A cos x + B sin x against c_1 cos x + c_2 sin x", () => {
      const reference = node('c_1\\cos x + c_2\\sin x');
      const out = renamedConstants(node('A\\cos x + B\\sin x'), reference, 'Solve \\frac{d^2y}{dx^2} = -y.');
      expect(out.length).toBe(2);
      expect(out.filter((n) => sameTree(n, reference)).length).toBe(1);
    });
  });

  describe('should not rename for a question that asks for no general solution', () => {
    test.each([
      ["What is f'(2)?", 'a derivative at a point, with no equation'],
      ['Evaluate $\\int_0^1 3x^2\\,dx$.', 'a definite integral'],
      ['Evaluate $\\int _0^1 3x^2\\,dx$.', 'a definite integral with a space before its limits'],
    ])('%s (%s): C and K stay different unknowns', (question) => {
      expect(renamings('2C', '2K', question)).toEqual([]);
    });
  });

  describe('should rename only unknowns named like constants, one to three on each side', () => {
    test('nothing to rename when both sides have the same unknowns', () => {
      expect(renamings('Ce^{x}', 'Ce^{x}', GENERAL)).toEqual([]);
    });
    test('three constants: every one of the 6 ways of renaming', () => {
      const out = renamings('Ae^{x} + Be^{2x} + De^{3x}', 'c_1 e^{x} + c_2 e^{2x} + c_3 e^{3x}', GENERAL);
      expect(out.length).toBe(6);
      expect(out[0]).toEqual(['c_1', 'c_2', 'c_3', 'x']);
    });
    test('four constants are too many', () => {
      expect(renamings('Ae^{x} + Be^{2x} + Ce^{3x} + De^{4x}', 'c_1 e^{x} + c_2 e^{2x} + c_3 e^{3x} + c_4 e^{4x}', GENERAL)).toEqual([]);
    });
    test('one constant against two: no renaming', () => {
      expect(renamings('Ce^{x}', 'c_1 e^{x} + c_2 e^{2x}', GENERAL)).toEqual([]);
    });
    test.each<[string, string, string]>([
      ['a e^{x}', 'C e^{x}', 'a is not a name people give a constant'],
      ['C e^{x}', 't e^{x}', 't is the variable, not a constant'],
      ['C e^{x}', 'x_c e^{x}', 'x_c only ends like a constant'],
      ['\\kappa e^{x}', 'C e^{x}', '\\kappa only starts like one'],
      ['c_n e^{x}', 'C e^{x}', 'c_n: a constant has a digit subscript'],
    ])('%s against %s: no renaming (%s)', (answer, reference) => {
      expect(renamings(answer, reference, GENERAL)).toEqual([]);
    });
    test('one constant renamed', () => {
      expect(renamings('C e^{x}', 'K_1 e^{x}', GENERAL)).toEqual([['K_1', 'x']]);
    });
  });
});
