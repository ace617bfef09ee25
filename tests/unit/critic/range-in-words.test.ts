/** Policy `structures`: a range or solution set described in words ("all real numbers greater than 1") is the interval it names. */
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { intervalInWords } from '../../../src/core/critic/interval-words';

describe('judgeByRules', () => {
  describe('should read a range described in words as the interval it names', () => {
    test('for a sentence that opens with a capital "All"', () => {
      expect(judgeByRules('All real numbers greater than or equal to 1.', '[1, \\infty)').equal).toBe(true);
      expect(judgeByRules('All real numbers greater than 1.', '[1, \\infty)').equal).toBe(false);
    });
    test('for an upper bound that includes its end', () => {
      expect(judgeByRules('The range is all real numbers less than or equal to 5.', '(-\\infty, 5]').equal).toBe(true);
      expect(judgeByRules('The range is all real numbers less than or equal to 5.', '(-\\infty, 5)').equal).toBe(false);
    });
    test('for a negative bound written with a space after its minus sign', () => {
      expect(judgeByRules('The domain is all real numbers greater than - 2.', '(-2, \\infty)').equal).toBe(true);
      expect(judgeByRules('The domain is all real numbers greater than - 2.', '(2, \\infty)').equal).toBe(false);
    });
    test('for the range named after a bound on x earlier in the sentence', () => {
      // "larger than 1" is a bound on x, not the range: the range is the one "all real numbers …" names.
      const pred = 'The parabola opens downward, and for x larger than 1 it decreases, so the range is all real numbers less than or equal to 4.';
      expect(judgeByRules(pred, '(-\\infty, 4]').equal).toBe(true);
      expect(judgeByRules(pred, '(1, \\infty)').equal).toBe(false);
    });
    test('for a sentence that opens on the unknown: "x is greater than 1"', () => {
      // As "x > 1" is: "greater than" here is the bound, not a doubt.
      expect(judgeByRules('So x is greater than or equal to 1.', '[1, \\infty)', { question: 'Solve $3x - 2 \\geq 1$.' }).equal).toBe(true);
      expect(judgeByRules('Therefore, $x$ is at least 2.', '[2, \\infty)').equal).toBe(true);
      expect(judgeByRules('x is greater than -2 and less than 3.', '(-2, 3)').equal).toBe(true);
      expect(judgeByRules('So x is greater than 1.', '[1, \\infty)').equal).toBe(false);
    });
  });
  describe('should say NO to a bound on the unknown that is doubted or denied', () => {
    test('for "or maybe" after it and "not" before it', () => {
      expect(judgeByRules('x is greater than 1, or maybe 2.', '(1, \\infty)').equal).toBe(false);
      expect(judgeByRules('x is not greater than 1.', '(-\\infty, 1]').equal).toBe(false);
    });
  });
});

describe('intervalInWords', () => {
  describe('should write the interval the words name', () => {
    test('for an upper bound alone, open or closed', () => {
      expect(intervalInWords('every x less than 5')).toBe('(-\\infty, 5)');
      expect(intervalInWords('every x less than or equal to 5')).toBe('(-\\infty, 5]');
      expect(intervalInWords('any x at most $\\frac {1}{2}$')).toBe('(-\\infty, \\frac{1}{2}]');
    });
    test('for a subject written with a capital letter', () => {
      expect(intervalInWords('Every value greater than -3')).toBe('(-3, \\infty)');
    });
    test('for a bound with a space after its minus sign', () => {
      expect(intervalInWords('all real numbers greater than - 2 and less than 3')).toBe('(-2, 3)');
    });
  });
  describe('should read no range', () => {
    test('for a bound with no "all", "every" or "any" subject', () => {
      expect(intervalInWords('The minimum is larger than 1.')).toBeNull();
    });
  });
});
