/**
 * Policy `structures` answer by answer (critic/structure.ts): systems against lists and tuples, which
 * brackets make a collection ordered, empty collections, matrices, intervals read from tuples, and
 * orders against lists — each pair with the verdict and the reason the rules must give, and why.
 */
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

type Row = [pred: string, gold: string, question: string, equal: boolean | null, reason: string];

/** Every row gets exactly its verdict and reason (the reason is what a user reads next to the verdict). */
function expectRows(rows: Row[]): void {
  for (const [pred, gold, question, equal, reason] of rows) {
    const v = judgeByRules(pred, gold, question ? { question } : {});
    expect({ equal: v.equal, reason: v.reason }, `${pred} vs ${gold} (${question})`).toEqual({ equal, reason });
  }
}

const SET_PAIR = 'A pair in round brackets (a point or an open interval) is not a set.';

describe('structure verdicts', () => {
  describe('should read a system against values', () => {
    test('for roots of one unknown numbered with subscripts, as a set of values', () => {
      // x_{12}, x_{13} and x, x_1 are all the unknown x: its values in any order, not a point (x_{12}, x_{13}).
      expectRows([
        ['x_{12} = 2, x_{13} = 3', '\\{3, 2\\}', '', true, 'The same 2 values, in any order.'],
        ['x = 2, x_1 = 3', '\\{3, 2\\}', '', true, 'The same 2 values, in any order.'],
      ]);
    });
    test('for values of different unknowns that end in a bracket, in the order of their names', () => {
      // P(A_1) and P(A_2) are two unknowns (only a subscript at the end numbers roots of one unknown):
      // the tuple lists them by name, P(A_1) first, whatever order the answer wrote them in.
      expectRows([['P(A_2) = 0.2, P(A_1) = 0.3', '(0.3, 0.2)', '', true, 'All 2 items match in order.']]);
    });
    test('for a system against a set, which is no point', () => {
      // x = 2, y = 3 is the point (2, 3), in either order of the sides.
      expectRows([
        ['x = 2, y = 3', '\\{2, 3\\}', '', false, SET_PAIR],
        ['\\{2, 3\\}', 'x = 2, y = 3', '', false, SET_PAIR],
        ['x = 2, y = 3', '\\{3, 2\\}', '', false, SET_PAIR],
        ['\\{3, 2\\}', 'x = 2, y = 3', '', false, SET_PAIR],
      ]);
    });
    test('for a system against a list mixing equations and values', () => {
      expectRows([['x = 2, y = 3', 'x = 2, 3', '', false, 'The equations do not line up.']]);
    });
    test('for one equation in a set against a one-value set, as a point', () => {
      expectRows([['\\{x = 2\\}', '\\{2\\}', '', true, 'All 1 items match in order.']]);
    });
  });

  describe('should match systems of equations by name', () => {
    test('for the same unknowns in another order', () => {
      expectRows([['x = 1, y = 2', 'y = 2, x = 1', '', true, 'All 2 items match in order.']]);
    });
    test('for another count or other unknowns, no', () => {
      expectRows([
        ['x = 1, y = 2', 'x = 1, y = 2, z = 3', '', false, '2 equations against 3.'],
        ['x = 1, y = 2', 'x = 1, z = 2', '', false, 'The collections hold different values.'],
      ]);
    });
    test('for two values of one unknown, in any order', () => {
      // Names repeat, so they cannot pair the equations: x = 1, x = 2 is the set {1, 2}.
      expectRows([['x = 1, x = 2', 'x = 2, x = 1', '', true, 'The same 2 values, in any order.']]);
    });
  });

  describe('should order a collection by its brackets and the question', () => {
    test('for a set against a list when the question asks for an order', () => {
      // The order asked for cannot apply to a set, on either side.
      const q = 'List the roots in increasing order.';
      expectRows([
        ['\\{3, 2\\}', '2, 3', q, true, 'The same 2 values, in any order.'],
        ['3, 2', '\\{2, 3\\}', q, true, 'The same 2 values, in any order.'],
        ['3, 2', '2, 3', q, false, 'Item 1: 3 is not 2.'],
      ]);
    });
    test('for a vector in angle brackets against a list, in order', () => {
      expectRows([
        ['\\langle 1, 2 \\rangle', '2, 1', '', false, 'Item 1: 1 is not 2.'],
        ['2, 1', '\\langle 1, 2 \\rangle', '', false, 'Item 1: 2 is not 1.'],
      ]);
    });
    test('for square brackets on both sides in order, on one side in any order', () => {
      expectRows([
        ['[1, 2, 3]', '[3, 2, 1]', '', false, 'Item 1: 1 is not 3.'],
        ['1, 2, 3', '[3, 2, 1]', '', true, 'The same 3 values, in any order.'],
      ]);
    });
    test('for a triple against a set, which is no interval', () => {
      // Only a pair in round brackets may be an open interval; (1, 2, 3) lists the set's values.
      expectRows([['(1, 2, 3)', '\\{1, 2, 3\\}', '', true, 'All 3 items match in order.']]);
    });
    test('for two empty sets', () => {
      expectRows([['\\{\\}', '\\emptyset', '', true, 'Both are empty: no value at all.']]);
    });
    test('for a difference, naming the item by its place from 1', () => {
      expectRows([
        ['(1, 2, 4)', '(1, 2, 3)', '', false, 'Item 3: 4 is not 3.'],
        ['\\{1, 2\\}', '\\{1, 3\\}', '', false, 'The collections hold different values.'],
      ]);
    });
  });

  describe('should compare matrices with vectors only in one row or column', () => {
    test('for a row vector against a list or a tuple', () => {
      expectRows([
        ['\\begin{pmatrix}1&2\\end{pmatrix}', '1, 2', '', true, 'All 2 items match in order.'],
        ['\\begin{pmatrix}1 & 2\\end{pmatrix}', '(1, 2, 3)', '', false, '2 values against 3.'],
      ]);
    });
    test('for a square or ragged matrix or a set, no', () => {
      expectRows([
        ['\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', '(1, 2, 3, 4)', '', false, 'A matrix against something else.'],
        ['\\begin{pmatrix}1 \\\\ 2&3\\end{pmatrix}', '(1, 2, 3)', '', false, 'A matrix against something else.'],
        ['\\begin{pmatrix}1&2\\end{pmatrix}', '\\{1, 2\\}', '', false, 'A matrix against something else.'],
      ]);
    });
    test('for matrices of other shapes', () => {
      expectRows([
        ['\\begin{pmatrix}1&2\\end{pmatrix}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', '', false, 'The matrices have different shapes.'],
        ['\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', '\\begin{pmatrix}1&2&3\\\\4&5&6\\end{pmatrix}', '', false, 'The matrices have different shapes.'],
      ]);
    });
  });

  describe('should read a union as the set it is', () => {
    test('for a point next to an interval, and parts that touch', () => {
      expectRows([
        ['\\{1\\} \\cup (1, +\\infty)', '[1, +\\infty)', '', true, 'The same interval(s) with the same ends.'],
        ['[1, 2] \\cup (2, 3)', '[1, 3)', '', true, 'The same interval(s) with the same ends.'],
        ['\\{2\\} \\cup (1, +\\infty)', '[1, +\\infty)', '', false, 'Open and closed interval ends differ.'],
        ['[1, 2) \\cup (2, 3)', '[1, 3)', '', false, '2 intervals against 1.'],
      ]);
    });
  });

  describe('should read a tuple as an interval only as a pair of values', () => {
    test('for a triple, a set or a union with a set in it, no interval', () => {
      expectRows([
        ['(1, 2, 3)', '(1, 3]', '', false, 'A tuple against an interval.'],
        ['\\{1, 3\\}', '(1, 3]', '', false, 'A set against an interval.'],
        ['(1, x = 2)', '(1, 3]', '', false, 'A tuple against an interval.'],
        // A set in a union is its points: `\{3\}` is [3, 3], still not (3, 4].
        ['(1, 2) \\cup \\{3\\}', '(1, 2] \\cup (3, 4]', '', false, 'Open and closed interval ends differ.'],
        ['(1, 2) \\cup (3, 4)', '(1, 2)', '', false, 'A union of intervals against a tuple.'],
      ]);
    });
    test('for intervals of another count or other ends', () => {
      expectRows([
        ['(1, 2] \\cup (3, 4]', '(1, 4]', '', false, '2 intervals against 1.'],
        ['(0, 5]', '(1, 4]', '', false, 'The interval ends differ.'],
        // The ends are in order: (3, 1] is not (1, 3] with its ends swapped.
        ['(1, 3]', '(3, 1]', '', false, 'The interval ends differ.'],
      ]);
    });
  });

  describe('should compare an order with an order or a list', () => {
    test('for orders of other lengths, terms or steps', () => {
      expectRows([
        ['a > b > c', 'a > b > c > d', '', false, 'An order of 3 terms against one of 4.'],
        ['a > b > c', 'b > a > c', '', false, 'The terms are in another order.'],
        ['a > b \\ge c', 'a > b > c', '', false, 'Strict and non-strict comparisons differ.'],
      ]);
    });
    test('for a list read the way the question asks', () => {
      expectRows([
        ['c > b > a', 'a, b, c', 'Write them in increasing order.', true, 'The list is the order, least first as the question asks.'],
        ['c > b > a', 'c, b, a', 'Write them in decreasing order.', true, 'The list is the order, greatest first as the question asks.'],
        ['c > b > a', 'c, a, b', 'Write them in decreasing order.', false, 'The list and the order differ.'],
      ]);
    });
    test('for a list when the question gives no direction, undecided', () => {
      expectRows([['c > b > a', 'a, b, c', '', null, 'An order against a list, and the question does not say which way the list goes.']]);
    });
    test('for a set, which has no order', () => {
      expectRows([['a > b > c', '\\{a, b, c\\}', 'Write them in decreasing order.', false, 'An order against a set.']]);
    });
  });
});
