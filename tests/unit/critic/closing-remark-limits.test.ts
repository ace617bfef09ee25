import { describe, expect, test } from 'vitest';
import { closingRemark } from '../../../src/core/critic/closing-remark';

/** Policy `final-answer`: a closing sentence that checks how the formula before it behaves in a limit is a remark. */
const FIND_R = 'Specifically, find $R(M)$ in terms of $G$ and the constants $a$ and $b$. You can check your answer by showing that for higher masses, $R \\propto M^{-1 / 3}$.';
const FORMULA = '$$R(M) = \\frac{a M^{1/3}}{G M^{2/3} + b}.$$';

describe('closingRemark', () => {
  describe('should set aside how the answer behaves in a limit', () => {
    test.each([
      ['for "\\propto" after "For large $M$"', 'For large $M$ this gives $R \\propto M^{-1/3}$, and for small $M$, $R \\propto M^{1/3}$, as expected.'],
      ['for "goes like" in words', 'For large $M$ this goes like $M^{-1/3}$ and for small $M$ like $M^{1/3}$, as expected.'],
      ['for a sentence that opens with "and"', 'And for small $M$ it grows as $M^{1/3}$.'],
      ['for "in the limit"', 'In the limit of large mass $R \\sim M^{-1/3}$.'],
      ['for "as $M \\to \\infty$"', 'As $M \\to \\infty$, $R \\propto M^{-1/3}$.'],
    ])('%s', (_, sentence) => {
      expect(closingRemark(sentence, FORMULA, FIND_R)).toBe(true);
    });
  });

  describe('should keep the sentence', () => {
    test('for a question that asks how the quantity scales', () => {
      expect(closingRemark('For large $M$ this gives $R \\propto M^{-1/3}$.', FORMULA, 'How does $R$ scale with $M$ for large $M$?')).toBe(false);
    });
    test('for a question that asks for the limit', () => {
      expect(closingRemark('For large $n$ the ratio behaves like $1/n$.', FORMULA, 'Find the limit of the ratio.')).toBe(false);
    });
    test('for a sentence that names a limit without saying how the answer behaves', () => {
      expect(closingRemark('For large $M$ the radius is $R = a/G$.', FORMULA, FIND_R)).toBe(false);
    });
    test('for a sentence about a limit that does not open it', () => {
      expect(closingRemark('The radius $R \\propto M^{-1/3}$ for large $M$.', FORMULA, FIND_R)).toBe(false);
    });
    test('after a sentence that states no value', () => {
      expect(closingRemark('For large $M$ this gives $R \\propto M^{-1/3}$.', 'Solve for R.', FIND_R)).toBe(false);
    });
  });
});
