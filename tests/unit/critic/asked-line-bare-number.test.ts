import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { VALUE_RULES } from '../../../src/core/critic/compare';

const NOT_A_LINE = {
  equal: false,
  method: 'structure',
  reason: 'The question asks for a line; the answer gives a number, not the line x = ….',
};

describe('judgeByRules', () => {
  describe('should refuse a bare number for the line x = 9 the question asks for, saying so', () => {
    test.each([
      ['for "the equation of the line" with no word between', 'Find the equation of the line through $(9, 2)$ and $(9, 5)$.'],
      ['for "the equation of the vertical line"', 'Find the equation of the vertical line through $(9, 2)$.'],
      ['for "the Axis of Symmetry" written in title case', 'Find the Axis of Symmetry of the parabola $y = x^2 - 18x + 4$.'],
      ['for "Symmetry axis" opening the question', 'Symmetry axis of $y = (x - 9)^2 + 1$?'],
    ])('%s', (_, question) => {
      expect(judgeByRules('9', 'x = 9', { question })).toEqual(NOT_A_LINE);
    });
  });

  describe('should accept the number for x = 9 when the question asks for no line', () => {
    test('for an equation to solve', () => {
      expect(judgeByRules('9', 'x = 9', { question: 'Solve $x - 9 = 0$.' }).equal).toBe(true);
    });
  });

  describe('should accept the value of a named quantity that is not the line itself', () => {
    test('for a name that starts with x', () => {
      const question = String.raw`The graph of $f(x) = \frac{2}{x - x_0}$ has a vertical asymptote through the point $(3, 1)$. Find $x_0$.`;
      expect(judgeByRules('3', 'x_0 = 3', { question }).equal).toBe(true);
    });

    test('for a name that ends with x', () => {
      const question = 'The vertex of the parabola is $(v_x, v_y)$ and its axis of symmetry is the line $x = v_x$. Find $v_x$.';
      expect(judgeByRules('3', 'v_x = 3', { question }).equal).toBe(true);
    });
  });

  describe('should leave a line whose right side has a variable to the other rules', () => {
    test('for the expression of y = 2x + 1', () => {
      expect(judgeByRules('2x + 1', 'y = 2x + 1', { question: 'Find the equation of the line through $(0, 1)$ and $(1, 3)$.' }).equal).toBe(true);
    });
  });
});

describe('VALUE_RULES', () => {
  describe('should give every rule a name of its own', () => {
    test('for the whole table', () => {
      const names = VALUE_RULES.map((rule) => rule.name);
      expect(names.filter((name) => name.trim() === '')).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
    });
  });
});
