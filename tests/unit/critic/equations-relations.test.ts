/** Policy `equations`: what the left side of `lhs = value` names (one quantity, or a relation), and named values against systems. */
import { describe, test } from 'vitest';
import { expectVerdicts } from '../../fixtures/critic/expect-verdicts';

describe('left sides and systems', () => {
  describe('should take a function of plain arguments as one quantity, so its value answers', () => {
    test('for a binomial coefficient or a cube root of one unknown', () => {
      // C(n, 2) = 10: the number of pairs is 10 — a letter and a number as arguments.
      expectVerdicts([['10', '\\binom{n}{2} = 10'], ['2', '\\sqrt[3]{x} = 2']], true);
    });
  });

  describe('should take a function of an expression as a relation, so the bare number is a NO', () => {
    test('for an absolute value or an argument that is a sum', () => {
      // |x - 1| = 3 asks for x (4 or -2); 3 is only its right side. One plain argument does not make C(n+1, 2) a name.
      expectVerdicts([['3', '|x - 1| = 3'], ['10', '\\binom{n + 1}{2} = 10'], ['2', '\\sqrt[3]{x + 1} = 2']], false);
    });
  });

  describe('should read single capital letters side by side as a segment, and nothing else', () => {
    test('for a segment', () => {
      expectVerdicts([['4', 'AB = 4']], true);
    });
    test('for products of subscripted coordinates or sums', () => {
      // x_A x_B is the product of two coordinates, S_n T_n of two sums: relations like `xy = 6`, not one quantity.
      expectVerdicts([['3', 'x_A x_B = 3'], ['6', 'S_n T_n = 6']], false);
    });
  });

  describe('should not compare a named value with a system by its value alone', () => {
    test('for a pair or a set given to one unknown of the system', () => {
      // The answer says y is the pair (1, 2); the system says y = 2.
      expectVerdicts([['y = (1, 2)', 'x = 1, y = 2'], ['x = (1, 2)', 'x = 1, y = 2'], ['x = 1, y = 2', 'y = (1, 2)']], false);
    });
    test('for the values of one unknown given to another', () => {
      // `x = 1, 2` lists the values of x; `y = \{1, 2\}` gives them to y.
      expectVerdicts([['y = \\{1, 2\\}', 'x = 1, 2']], false);
    });
    test('while a tuple in the order of the names is the system', () => {
      expectVerdicts([['(1, 2)', 'x = 1, y = 2'], ['(x, y) = (1, 2)', 'x = 1, y = 2']], true);
    });
  });
});
