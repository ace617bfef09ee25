import { describe, expect, test } from 'vitest';
import { questionOptions } from '../../../src/core/critic/choice';
import { expectMatch, expectNoMatch } from '../../fixtures/critic/expect-verdict';

/**
 * Options listed in a question: which letters start them, which run of letters is the list, and
 * the layout taken off each option's text (AMC's `\qquad\textbf{`, `$`, written-out newlines).
 */
const options = (question: string) => {
  const found = questionOptions(question);
  return found && Object.fromEntries(found);
};

describe('questionOptions', () => {
  describe('should find the options', () => {
    test('for letters with a full stop, at the start or after a space or newline', () => {
      expect(options('A. 12  B. 15  C. 18')).toEqual({ A: '12', B: '15', C: '18' });
      expect(options('Which is prime?\nA. 12\nB. 13\nC. 15')).toEqual({ A: '12', B: '13', C: '15' });
    });
    test('for two options, but not for one letter in brackets', () => {
      expect(options('Is 7 prime? (A) yes (B) no')).toEqual({ A: 'yes', B: 'no' });
      expect(options('If P(A) = 0.4, what is the probability of the complement of A?')).toBe(null);
    });
    test('for six options and for the ACT letters F to K', () => {
      expect(options('How far? (A) 1 (B) 2 (C) 3 (D) 4 (E) 5 (F) 6')).toEqual({ A: '1', B: '2', C: '3', D: '4', E: '5', F: '6' });
      expect(options('Which is it? (F) 1 (G) 2 (H) 3 (J) 4 (K) 5')).toEqual({ F: '1', G: '2', H: '3', J: '4', K: '5' });
    });
  });

  describe('should take the list that starts at A, and the last of two as long', () => {
    // P(B), P(C), P(D) in the text are no options: a list starts at A (or the ACT's F).
    const events = 'Events B, C and D have P(B) = 0.2, P(C) = 0.3 and P(D) = 0.5. Is P(D) the sum of the other two? (A) Yes (B) No';
    // P(A), P(B) run on into the options (C) and (D) as long as the real list: the later run wins.
    const independent = 'If P(A) = 0.3 and P(B) = 0.5 for independent events A and B, what is the probability that both happen? (A) 0.15 (B) 0.8 (C) 0.2 (D) 0.35';
    test('for the options themselves', () => {
      expect(options(events)).toEqual({ A: 'Yes', B: 'No' });
      expect(options(independent)).toEqual({ A: '0.15', B: '0.8', C: '0.2', D: '0.35' });
    });
    test('for a verdict on the text of the right option', () => {
      expectMatch('Yes', 'A', events);
      expectNoMatch('No', 'A', events);
      expectMatch('0.15', 'A', independent);
      expectNoMatch('0.8', 'A', independent);
    });
  });

  test('should follow the letters up to E and F for a verdict on their text', () => {
    const divisors = (n: number) => `How many positive divisors does ${n} have? (A) 1 (B) 2 (C) 3 (D) 4 (E) 5 (F) 6`;
    expectMatch('5', 'E', divisors(16));
    expectNoMatch('4', 'E', divisors(16));
    expectMatch('6', 'F', divisors(12));
    expectNoMatch('5', 'F', divisors(12));
  });

  describe('should take the layout off each option', () => {
    const rows: [string, Record<string, string>][] = [
      // A written-out newline (`\n`), once, twice, or before a space; `\neq` is no newline.
      ['Pick one.\\n\\n(A) 12\\n\\n(B) 15\\n\\n(C) 18', { A: '12', B: '15', C: '18' }],
      ['(A) 12\\n (B) 15', { A: '12', B: '15' }],
      ['Which holds? (A) $x \\neq 0$ (B) $x = 0$', { A: 'x \\neq 0', B: 'x = 0' }],
      // Spacing commands between options, one or several.
      ['(A) 12 \\quad (B) 15', { A: '12', B: '15' }],
      ['(A) 12\\hspace{1cm}(B) 15', { A: '12', B: '15' }],
      ['$\\textbf{(A)}\\ 12\\qquad\\qquad\\textbf{(B)}\\ 15$', { A: '\\ 12', B: '\\ 15' }],
      ['$\\textbf{(A)}\\ 12 \\qquad\\textbf{(B)}\\ 15$', { A: '\\ 12', B: '\\ 15' }],
      // Dollars around each option, single or double, but not an escaped dollar inside it.
      ['(A) $12$ (B) $15$', { A: '12', B: '15' }],
      ['(A) $$12$$ (B) $$15$$', { A: '12', B: '15' }],
      ['(A) $\\$5$ (B) $\\$10$', { A: '\\$5', B: '\\$10' }],
      // Punctuation between options, one mark or more.
      ['(A) 12, (B) 15', { A: '12', B: '15' }],
      ['(A) 5 in., (B) 6 in., (C) 7 in.', { A: '5 in', B: '6 in', C: '7 in' }],
    ];
    test.each(rows)('for %j', (question, expected) => {
      expect(options(question)).toEqual(expected);
    });
  });
});
