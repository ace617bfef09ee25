import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * Verdicts a reviewer found wrong (round 15), pinned exactly: YES (true), NO (false) or undecided (null).
 * Each table holds the case that was noticed and the near-misses that must keep their verdict.
 */
function expectVerdicts(question: string, rows: [pred: string, gold: string, equal: boolean | null][]): void {
  for (const [pred, gold, equal] of rows) expect(judgeByRules(pred, gold, { question }).equal, pred).toBe(equal);
}

describe('judgeByRules on noticed misses', () => {
  describe('should read a count of the asked thing after a formula', () => {
    test('for "which has four digits", with or without $ marks, in apposition or with the formula as subject', () => {
      expectVerdicts('How many digits does $2^{10}$ have?', [
        ['$2^{10} = 1024$, which has four digits.', '4', true],
        ['$2^{10} = 1024$, which has five digits.', '4', false],
        ['2^{10} = 1024, which has four digits.', '4', true],
        ['So $2^{10} = 1024$, a number with four digits.', '4', true],
        ['$2^{10} = 1024$ has four digits.', '4', true],
        ['$2^{10} = 1024$, which has about four digits.', '4', false],
      ]);
    });
  });

  describe('should read the adjective of a verb the reference uses as that verb', () => {
    test('for "divergent" against `diverges`, and the opposite word as a NO', () => {
      expectVerdicts('Does the series $\\sum 1/n$ converge or diverge?', [
        ['By the integral test the series is divergent.', 'diverges', true],
        ['By the integral test the series is convergent.', 'converges', true],
        ['By the integral test the series diverges.', 'convergent', false],
        ['By the integral test the series is convergent.', 'diverges', false],
        ['divergent', 'diverges', true],
      ]);
    });
    test('for "absolutely convergent", not "conditionally convergent"', () => {
      expectVerdicts('Does the series converge absolutely, converge conditionally, or diverge?', [
        ['The series is absolutely convergent.', 'converges absolutely', true],
        ['The series is conditionally convergent.', 'converges absolutely', false],
      ]);
    });
  });

  describe('should take a ratio label the question asks for as its value', () => {
    test('for `\\frac{v}{c}` or `v/c` when the question asks for v/c, not `\\frac{c}{v}`', () => {
      expectVerdicts('A line is observed at 6784 Å instead of 6565 Å. Find $v/c$.', [
        ['\\frac{v}{c} = \\frac{219}{6565}', '\\frac{219}{6565}', true],
        ['v/c = \\frac{219}{6565}', '\\frac{219}{6565}', true],
        ['\\frac{c}{v} = \\frac{219}{6565}', '\\frac{219}{6565}', false],
        ['\\frac{v}{c} = \\frac{200}{6565}', '\\frac{219}{6565}', false],
      ]);
    });
  });

  describe('should take the unknown after "give", "state", "report" or "enter" as the one asked for', () => {
    test('for a system answer against one value', () => {
      expectVerdicts('Solve the system $x + y = 7$, $x - y = -3$ and give $y$.', [
        ['x = 2, y = 5', '5', true],
        ['x = 2\ny = 5', '5', true],
        ['x = 2, y = 5', '2', false],
      ]);
      expectVerdicts('Solve the system $x + y = 7$, $x - y = -3$ and state $y$.', [['x = 2, y = 5', '5', true]]);
    });
    test('for no unknown when "give" is about how to write the answer', () => {
      expectVerdicts('Solve the system $x + y = 7$, $x - y = -3$. Give your answer as integers.', [['x = 2, y = 5', '5', false]]);
    });
  });

  describe('should leave a condition that names one word only undecided against a full kind', () => {
    test('for "necessary" against "a necessary but not a sufficient condition"', () => {
      expectVerdicts('Let p: $x > 2$ and q: $x > 1$. Then p is a ___ condition for q.', [
        ['\\boxed{\\text{necessary}}', 'a necessary but not a sufficient condition', null],
        ['\\boxed{\\text{necessary but not sufficient}}', 'a necessary but not a sufficient condition', true],
        ['\\boxed{\\text{sufficient}}', 'a necessary but not a sufficient condition', false],
        ['\\boxed{\\text{necessary and sufficient}}', 'a necessary but not a sufficient condition', false],
        ['So $p$ is a necessary condition for $q$.', 'a necessary but not a sufficient condition', null],
        ['\\boxed{\\text{necessary}}', 'necessary', true],
      ]);
    });
  });

  describe('should read a closing sentence that wavers to another value as a hedge', () => {
    test('for "maybe"/"perhaps" with a value after the answer, not for a check that restates it', () => {
      expectVerdicts('What is the probability that the component lasts more than 500 hours?', [
        ['The answer is 0.5978. Hmm, wait — maybe the relevant figure is 0.538.', '0.5978', false],
        ['The answer is 0.5978. Hmm, maybe the relevant figure is 0.538.', '0.5978', false],
        ['The answer is 0.5978. Hmm, or maybe 0.538?', '0.5978', false],
        ['$\\boxed{0.5978}$. Perhaps the relevant figure is 0.538.', '0.5978', false],
        ['The answer is 0.5978. Let me double-check: yes, 0.5978.', '0.5978', true],
        ['The answer is 0.5978. Rechecking the computation gives 0.5978 again, so it stands.', '0.5978', true],
      ]);
    });
  });
});
