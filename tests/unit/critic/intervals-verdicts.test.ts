/**
 * Policy `structures`, intervals answer by answer: where two conditions meet at a point, the ends of
 * `ℝ \ {…}`, linear and absolute-value inequalities, and lists of conditions on one variable — each
 * pair with the verdict the rules must give and why.
 */
import { describe, test } from 'vitest';
import { expectVerdicts } from '../../fixtures/critic/expect-verdicts';

describe('intervals by verdict', () => {
  describe('should keep an end open when one of two conditions meeting there leaves it out', () => {
    // x ≥ 0 and x ≠ 0 is x > 0, in whichever order the two are written.
    test('for a closed ray and a left-out point at its start', () => {
      expectVerdicts([['x \\ge 0, x \\neq 0', '(0, \\infty)'], ['x \\neq 0, x \\ge 0', '(0, \\infty)'], ['x \\neq 2, x \\geq 2', '(2, \\infty)']], true);
    });
    test('for a closed ray and a left-out point at its end', () => {
      expectVerdicts([['x \\le 0, x \\neq 0', '(-\\infty, 0)'], ['x \\neq 0, x \\le 0', '(-\\infty, 0)']], true);
    });
    // A point where two closed ends meet is in both: x ≥ 2 and x ≤ 2 is the one-point interval [2, 2].
    test('for two closed ends at one point', () => {
      expectVerdicts([['x \\ge 2 \\text{ and } x \\le 2', '[2, 2]']], true);
    });
  });

  describe('should read the real line without some points in increasing order', () => {
    // The points of ℝ \ {1, 0} are written out of order; the intervals between them are not.
    test('for points written in decreasing order', () => {
      expectVerdicts([
        ['\\mathbb{R} \\setminus \\{1, 0\\}', '(-\\infty, 0) \\cup (0, 1) \\cup (1, \\infty)'],
        ['\\mathbb{R} \\setminus \\{3, 1\\}', '(-\\infty, 1) \\cup (1, 3) \\cup (3, \\infty)'],
      ], true);
    });
    // Whether a is above or below 0 is unknown, so the intervals between 0 and a are too.
    test('for a point given by a letter, undecided', () => {
      expectVerdicts([['\\mathbb{R} \\setminus \\{0, a\\}', '(-\\infty, 0) \\cup (0, a) \\cup (a, \\infty)']], null);
    });
  });

  describe('should solve an inequality only when it is linear in its variable', () => {
    // 2x³ + x² > 0 is x > -1/2 with x ≠ 0, not x > 0 (it agrees with 3x at x = 0, 1 and -3/2 only).
    test('for a cubic that is linear at three of the points tried', () => {
      expectVerdicts([['2x^3 + x^2 > 0', '(0, \\infty)']], null);
    });
    // ⌊x⌋ ≤ 3 is x < 4, not x ≤ 3 (it agrees with x at 0, 1 and 2 but not at -3/2).
    test('for a floor, which is not linear between integers', () => {
      expectVerdicts([['\\lfloor x \\rfloor \\le 3', '(-\\infty, 3]']], null);
    });
    // 0·x < 1 holds for every x; it bounds nothing, and the rules do not call it a NO.
    test('for a zero slope', () => {
      expectVerdicts([['0x < 1', '\\mathbb{R}']], null);
    });
    test('for a point left out by a linear expression', () => {
      expectVerdicts([['2x \\neq 4', '(-\\infty, 2) \\cup (2, \\infty)']], true);
    });
  });

  describe('should treat a bound solved from exact numbers as exact, and one from decimals as not a rounding', () => {
    // Policy `decimals`: 0.333 is 1/3 rounded, the bound of 3x < 1 …
    test('for exact coefficients against a rounded reference', () => {
      expectVerdicts([['3x < 1', '(-\\infty, 0.333)'], ['3x \\neq 1', '(-\\infty, 0.333) \\cup (0.333, \\infty)']], true);
    });
    // … while a bound solved from decimals shows no digits of its own and is never read as a rounding.
    test('for a decimal on either side against a rounded reference', () => {
      expectVerdicts([['0.3x < 0.1', '(-\\infty, 0.333)'], ['0.3x < 1', '(-\\infty, 3.333)'], ['3x < 0.1', '(-\\infty, 0.0333)'], ['1.5x > 1', '(0.667, \\infty)']], false);
    });
  });

  describe('should solve only absolute values against a positive bound', () => {
    // √x < 3 is 0 ≤ x < 9: a square root is not an absolute value.
    test('for other functions, undecided', () => {
      expectVerdicts([['\\sqrt{x} < 3', '(-3, 3)'], ['\\sqrt{x} > 2', '(4, \\infty)']], null);
    });
    // |x| > -1 and |x| ≥ 0 hold for every x: never a NO against ℝ (|u| < c with c ≤ 0 is not solved).
    test('for a bound of zero or below, undecided', () => {
      expectVerdicts([['|x| > -1', '(-\\infty, \\infty)'], ['|x| \\ge 0', '\\mathbb{R}'], ['|x - 3| \\le 0', 'x = 3']], null);
    });
  });

  describe('should read a list of conditions as one set only when all are on the same variable', () => {
    // Two intervals written without a variable are a list of answers, not one condition.
    test('for a list of two intervals', () => {
      expectVerdicts([['[1, \\infty), (-\\infty, 3]', '[1, 3]']], false);
    });
    // x > 1 and y < 5 bound two different unknowns: not 1 < x < 5.
    test('for conditions on two variables', () => {
      expectVerdicts([['x > 1, y < 5', '(1, 5)'], ['x > 0, y \\neq 3', '(0, 3) \\cup (3, \\infty)']], false);
    });
    test('for a condition listed with a number', () => {
      expectVerdicts([['x > 1, 5', '(1, \\infty)']], false);
      expectVerdicts([['x > 1, 5', 'x > 1, 5']], true);
    });
    // "x > 1, x < 2 or x > 3" is (1, 2) or (3, ∞): the first alternative is one interval.
    test('for an alternative that is itself a list of conditions', () => {
      expectVerdicts([['x > 1, x < 2 \\text{ or } x > 3', '(1, 2) \\cup (3, \\infty)']], true);
    });
    // Bounds on g(x) are not bounds on x, even after a left-out point is taken away.
    test('for conditions on a function value, undecided without a range question', () => {
      expectVerdicts([['g(x) \\neq 0, g(x) > 0', '(0, \\infty)']], null);
    });
  });
});
