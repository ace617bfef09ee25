import { describe, expect, test } from 'vitest';
import { judge, llmVerdict, type LlmJudge, type SymbolicChecker, type SymbolicPair } from '../../../src/core/critic';

/** A stand-in for sympy that gives `answers[i]` for the i-th pair and records what it was asked. */
function fakeSympy(answers: (boolean | null)[]): SymbolicChecker & { calls: { pairs: SymbolicPair[]; options: unknown }[] } {
  const calls: { pairs: SymbolicPair[]; options: unknown }[] = [];
  return {
    calls,
    check: async (pairs, options) => {
      calls.push({ pairs, options });
      return pairs.map((_, i) => answers[i] ?? null);
    },
  };
}

/** A sandbox whose check fails with `err`. */
function brokenSympy(err: Error): SymbolicChecker {
  return { check: async () => Promise.reject(err) };
}

const DIFFERENT = { equal: false, method: 'symbolic', reason: 'sympy finds the expressions different.' };
const EQUAL = { equal: true, method: 'symbolic', reason: 'sympy proves the expressions equal.' };
// Two closed forms for one option; a choice verdict still carries the pair it was read from.
const CHOICES = 'Which is equal to $\\frac{\\sqrt{2}}{2}$? (A) $\\frac{1}{\\sqrt{2}}$ (B) $2$ (C) $3$ (D) $4$';

describe('judge', () => {
  describe('should let sympy overturn a verdict the rules are not sure of', () => {
    test.each([
      ['undecided: a difference that cancels in double precision', '0', '\\sqrt{10^{20}+1}-10^{10}'],
      ['numeric: polynomials that agree at random points', '(x+1)^2', 'x^2+2x+1'],
      ['structure: a tuple whose items agree numerically', '(\\sqrt{2}/2, x^2+2x+1)', '(1/\\sqrt{2}, (x+1)^2)'],
    ])('for %s', async (_, pred, gold) => {
      expect(await judge(pred, gold, { symbolic: fakeSympy([false, false]) })).toEqual(DIFFERENT);
    });
  });

  describe('should call the pair different when sympy finds any one of its checks different', () => {
    test.each([
      [[true, false]],
      [[false, true]],
      [[null, false]],
    ])('for the answers %j', async (answers) => {
      expect(await judge('(\\sqrt{2}/2, x^2+2x+1)', '(1/\\sqrt{2}, (x+1)^2)', { symbolic: fakeSympy(answers) })).toEqual(DIFFERENT);
    });
  });

  describe('should call the pair equal only when sympy proves every check', () => {
    test('for two checks both proved', async () => {
      expect(await judge('(\\sqrt{2}/2, x^2+2x+1)', '(1/\\sqrt{2}, (x+1)^2)', { symbolic: fakeSympy([true, true]) })).toEqual(EQUAL);
    });
    test('for an undecided pair sympy proves equal', async () => {
      expect(await judge('0', '\\sqrt{10^{20}+1}-10^{10}', { symbolic: fakeSympy([true]) })).toEqual(EQUAL);
    });
    test.each([
      [[true, null]],
      [[null, null]],
    ])('and keep the rules verdict for the answers %j', async (answers) => {
      expect(await judge('(\\sqrt{2}/2, x^2+2x+1)', '(1/\\sqrt{2}, (x+1)^2)', { symbolic: fakeSympy(answers) })).toEqual({
        equal: true,
        method: 'structure',
        reason: 'All 2 items match in order.',
      });
    });
    test('and keep an undecided pair undecided when sympy cannot tell', async () => {
      expect(await judge('0', '\\sqrt{10^{20}+1}-10^{10}', { symbolic: fakeSympy([null]) })).toEqual({
        equal: null,
        method: 'none',
        reason: 'The values are too close to cancellation to compare in double precision.',
      });
    });
  });

  describe('should not ask sympy', () => {
    test('for a verdict decided by a chosen option', async () => {
      const sympy = fakeSympy([false]);
      expect(await judge('(A)', '\\frac{\\sqrt{2}}{2}', { question: CHOICES, symbolic: sympy })).toEqual({
        equal: true,
        method: 'choice',
        reason: 'Option A: Both evaluate to 0.7071067812.',
      });
      expect(sympy.calls).toEqual([]);
    });
    test('for a pair the rules settle exactly', async () => {
      const sympy = fakeSympy([false]);
      expect(await judge('5', '5', { symbolic: sympy })).toEqual({ equal: true, method: 'exact', reason: 'The answers are identical.' });
      expect(sympy.calls).toEqual([]);
    });
    test('when there is no sympy', async () => {
      expect(await judge('5', '5')).toEqual({ equal: true, method: 'exact', reason: 'The answers are identical.' });
    });
  });

  describe('should pass the bound and the signal to sympy', () => {
    test('for a check with both', async () => {
      const sympy = fakeSympy([true]);
      const signal = new AbortController().signal;
      await judge('(x+1)^2', 'x^2+2x+1', { symbolic: sympy, timeoutMs: 1234, signal });
      expect(sympy.calls.map((c) => c.options)).toEqual([{ timeoutMs: 1234, signal }]);
    });
    test('for a check with a bound only', async () => {
      const sympy = fakeSympy([true]);
      await judge('(x+1)^2', 'x^2+2x+1', { symbolic: sympy, timeoutMs: 1234 });
      expect(sympy.calls.map((c) => c.options)).toEqual([{ timeoutMs: 1234 }]);
    });
  });

  describe('when the sandbox fails', () => {
    test('should keep the rules verdict for a broken sandbox', async () => {
      expect(await judge('(x+1)^2', 'x^2+2x+1', { symbolic: brokenSympy(new Error('the sandbox crashed')) })).toEqual({
        equal: true,
        method: 'numeric',
        reason: 'The expressions agree at 8 random points.',
      });
    });
    test('should pass on a cancellation', async () => {
      const abort = Object.assign(new Error('cancelled'), { name: 'AbortError' });
      await expect(judge('(x+1)^2', 'x^2+2x+1', { symbolic: brokenSympy(abort) })).rejects.toBe(abort);
    });
  });
});

describe('llmVerdict', () => {
  describe('should say what the language model judge said', () => {
    test.each([
      [true, 'The language model judge said YES.'],
      [false, 'The language model judge said NO.'],
    ])('for %j', async (said, reason) => {
      const llm: LlmJudge = { decide: async () => said };
      expect(await llmVerdict('7', '7', llm)).toEqual({ equal: said, method: 'llm', reason });
    });
  });
});
