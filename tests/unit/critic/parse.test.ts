import { describe, expect, test } from 'vitest';
import { key } from '../../../src/core/critic/ast';
import { decimalPrecision, guessFlavour, parseExpr } from '../../../src/core/critic/parse';

/** The parsed tree in the canonical `key` form (literals as n/d, operators named). */
function expectTree(text: string, tree: string): void {
  const node = parseExpr(text);
  expect(node, text).not.toBeNull();
  expect(key(node!), text).toBe(tree);
}

function expectUnparsable(text: string): void {
  expect(parseExpr(text), text).toBeNull();
}

describe('parseExpr', () => {
  describe('should read LaTeX into one expression tree', () => {
    test('for fractions, radicals and brace-less arguments', () => {
      expectTree('\\frac{\\sqrt3}{2}', '(sqrt(3/1) div 2/1)');
      expectTree('\\frac12', '(1/1 div 2/1)');
      expectTree('\\sqrt[3]{27}', 'root(27/1,3/1)');
    });
    test('for implicit products and explicit operators', () => {
      expectTree('2\\pi r', '((2/1 mul pi) mul r)');
      expectTree('2\\cdot3', '(2/1 mul 3/1)');
      expectTree('3.2\\times10^4', '(16/5 mul (10/1 pow 4/1))');
    });
    test('for functions with powers, inverses and bases', () => {
      expectTree('\\sin^2 x', '(sin(x) pow 2/1)');
      expectTree('\\sin^{-1} x', 'asin(x)');
      expectTree('\\log_2 8', '(ln(8/1) div ln(2/1))');
    });
    test('for absolute values, factorials, degrees and subscripts', () => {
      expectTree('|x-1|', 'abs((x sub 1/1))');
      expectTree('5!', 'fact(5/1)');
      expectTree('30°', '((30/1 mul pi) div 180/1)');
      expectTree('x_1+x_{12}', '(x_1 add x_12)');
    });
    test('for a function letter applied to a number, not a product', () => {
      expectTree('f(2)', 'apply_f(2/1)');
    });
    test('for a negative exponent without braces', () => {
      expectTree('2^-1', '(2/1 pow -(1/1))');
    });
  });

  describe('should read Python and sympy output', () => {
    test('for powers, functions and constants', () => {
      expectTree('x**2', '(x pow 2/1)');
      expectTree('sqrt(2)/2', '(sqrt(2/1) div 2/1)');
      expectTree('2*pi/3', '((2/1 mul pi) div 3/1)');
    });
    test('for the imaginary unit as j and as I', () => {
      expectTree('1+2j', '(1/1 add (2/1 mul i))');
      expectTree('1 - I', '(1/1 sub i)');
    });
  });

  describe('should fail rather than guess', () => {
    test('for unbalanced or truncated LaTeX', () => {
      expectUnparsable('\\frac{1}{');
      expectUnparsable('(1+2');
    });
    test('for words and unknown commands', () => {
      expectUnparsable('abc');
      expectUnparsable('\\operatorname{lcm}(2,3)');
      expectUnparsable('\\foo{2}');
    });
  });
});

describe('guessFlavour', () => {
  describe('should tell program output from LaTeX', () => {
    test('for Python operators and names', () => {
      expect(guessFlavour('x**2 + 1')).toBe('python');
      expect(guessFlavour('sqrt(2)')).toBe('python');
      expect(guessFlavour('alpha')).toBe('python');
    });
    test('for LaTeX and plain arithmetic', () => {
      expect(guessFlavour('\\frac{1}{2}')).toBe('latex');
      expect(guessFlavour('1/2 + 3')).toBe('latex');
      expect(guessFlavour('2x + 1')).toBe('latex');
    });
  });
});

describe('decimalPrecision', () => {
  describe('should count significant digits and the last place', () => {
    test('for leading zeros, trailing zeros and exponents', () => {
      expect(decimalPrecision('0.0333').sig).toBe(3);
      expect(decimalPrecision('0.0333').ulp).toBeCloseTo(1e-4, 18);
      expect(decimalPrecision('1.50')).toEqual({ sig: 3, ulp: 0.01 });
      expect(decimalPrecision('2.5e3')).toEqual({ sig: 2, ulp: 100 });
    });
  });
});
