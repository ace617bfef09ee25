import { describe, expect, test } from 'vitest';
import { positiveNames } from '../../../src/core/critic/positive-names';

const names = (question: string) => [...positiveNames(question)].sort();

describe('positiveNames', () => {
  describe('should read the letters a question declares positive', () => {
    test('for "the positive numbers q, r, and s"', () => expect(names('The equation $q=s(r-1)^{2}$ relates the positive numbers q,r, and s.')).toEqual(['q', 'r', 's']));
    test('for a list before "> 0"', () => expect(names('Simplify $\\sqrt{a^2 b}$ where $a, b > 0$.')).toEqual(['a', 'b']));
    test('for "0 <" before one letter', () => expect(names('If $0 < x$, find the minimum.')).toEqual(['x']));
    test('for "be a positive constant"', () => expect(names('Let $k$ be a positive constant.')).toEqual(['k']));
    test('for "are all positive real numbers" after a list joined by "and"', () => expect(names('Suppose m and n are all positive real numbers.')).toEqual(['m', 'n']));
    test('for a list with a thin space in the formula', () => expect(names('Simplify it where $a,\\,b > 0$.')).toEqual(['a', 'b']));
    test('for a name in \\( \\) delimiters', () => expect(names('Let \\(k\\) be a positive constant.')).toEqual(['k']));
    test('for a subscripted name, braces dropped', () => expect(names('where $v_{0}$ is positive')).toEqual(['v_0']));
  });

  describe('should read nothing', () => {
    test('for a bound other than 0', () => expect(names('Find x if x > 0.5 and y > 1.')).toEqual([]));
    test('for a function value that is positive', () => expect(names('Suppose f(x) > 0 for all x.')).toEqual([]));
    test('for letters not declared', () => expect(names('Let a and b be real numbers with a < b.')).toEqual([]));
    test('for a command name before "> 0"', () => expect(names('Given \\lambda > 0 and \\mu > 0, find x.')).toEqual([]));
  });
});
