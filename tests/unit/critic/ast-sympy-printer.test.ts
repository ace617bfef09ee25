import { describe, expect, test } from 'vitest';
import type { Node } from '../../../src/core/critic/ast';
import { toSympy } from '../../../src/core/critic/ast';

/**
 * toSympy: the Python/sympy text the symbolic checker receives. Every literal is exact, the four
 * constants are sympy's own, other names are passed as data, and each function is sympy's name for it.
 */
const num = (n: bigint, d: bigint = 1n): Node => ({ t: 'num', v: { n, d }, approx: false, text: `${n}/${d}` });
const sym = (name: string): Node => ({ t: 'sym', name });
const fn = (name: string, ...args: Node[]): Node => ({ t: 'fn', name, args });
const x = sym('x');

describe('toSympy', () => {
  describe('should print literals exactly', () => {
    test('for an integer', () => {
      expect(toSympy(num(3n))).toBe('Integer(3)');
    });
    test('for a fraction', () => {
      expect(toSympy(num(1n, 3n))).toBe('Rational(1, 3)');
    });
  });

  describe("should print the constants as sympy's and other names as symbols", () => {
    test.each([
      ['pi', 'pi'],
      ['e', 'E'],
      ['i', 'I'],
      ['oo', 'oo'],
      ['x', 'Symbol("x")'],
      ['pi2', 'Symbol("pi2")'],
    ])('for %s', (name, text) => {
      expect(toSympy(sym(name))).toBe(text);
    });
  });

  describe('should keep the sign of a negation', () => {
    test('for -x', () => {
      expect(toSympy({ t: 'neg', a: x })).toBe('(-(Symbol("x")))');
    });
  });

  describe('should print a ± that was not expanded as its first part', () => {
    test('for x ± 1', () => {
      expect(toSympy({ t: 'pm', a: x, b: num(1n) })).toBe('(Symbol("x"))');
    });
  });

  describe('should print each operator', () => {
    test.each([
      ['add', '+'],
      ['sub', '-'],
      ['mul', '*'],
      ['div', '/'],
      ['pow', '**'],
    ] as const)('for %s', (t, op) => {
      expect(toSympy({ t, a: x, b: num(2n) })).toBe(`((Symbol("x")) ${op} (Integer(2)))`);
    });
  });

  describe("should print each known function by sympy's name", () => {
    test.each([
      ['sqrt', 'sqrt'], ['sin', 'sin'], ['cos', 'cos'], ['tan', 'tan'], ['cot', 'cot'], ['sec', 'sec'], ['csc', 'csc'],
      ['asin', 'asin'], ['acos', 'acos'], ['atan', 'atan'], ['sinh', 'sinh'], ['cosh', 'cosh'], ['tanh', 'tanh'],
      ['exp', 'exp'], ['ln', 'log'], ['log', 'log'], ['abs', 'Abs'], ['fact', 'factorial'], ['floor', 'floor'], ['ceil', 'ceiling'],
    ])('for %s', (name, printed) => {
      expect(toSympy(fn(name, x))).toBe(`${printed}(Symbol("x"))`);
    });
    test('for a binomial coefficient, with both arguments', () => {
      expect(toSympy(fn('binom', sym('n'), sym('k')))).toBe('binomial(Symbol("n"), Symbol("k"))');
    });
  });

  describe('should print logarithms to base 10 and real roots specially', () => {
    test('for log10 x', () => {
      expect(toSympy(fn('log10', x))).toBe('log(Symbol("x"), 10)');
    });
    test('for the cube root of -8', () => {
      expect(toSympy(fn('root', num(-8n), num(3n)))).toBe('real_root(Integer(-8), Integer(3))');
    });
  });

  describe('should print an unknown function as an undefined sympy function', () => {
    test('for f(x, 2)', () => {
      expect(toSympy(fn('apply_f', x, num(2n)))).toBe('Function("apply_f")(Symbol("x"), Integer(2))');
    });
  });
});
