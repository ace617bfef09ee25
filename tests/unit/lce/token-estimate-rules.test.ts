/**
 * The rules of the token estimate one by one, with exact counts (context-budget.test.ts checks the
 * estimate as a whole against Qwen's tokenizer). An estimate that drifts high wastes the window; one
 * that drifts low lets a request overflow it, so each rule is pinned where it could slip.
 */
import { describe, expect, test } from 'vitest';
import { budgetOf, estimateTokens, formatTokens } from '../../../src/core/lce/context-budget';

/** One rule of the estimate: each row is [what, text, exact count]. */
function rule(name: string, rows: Array<[string, string, number]>): void {
  describe(name, () => {
    test.each(rows)('for %s', (_, text, tokens) => {
      expect(estimateTokens(text)).toBe(tokens);
    });
  });
}

describe('estimateTokens', () => {
  rule('should count a run of letters as one token per 3.5 letters, rounded up', [
    ['no text', '', 0],
    ['7 letters', 'abcdefg', 2],
    ['8 letters', 'abcdefgh', 3],
    ['8 letters starting with A', 'Abcdefgh', 3],
    ['8 letters starting with Z', 'Zabcdefg', 3],
    ['8 letters starting with a', 'aZZZZZZZ', 3],
    ['8 letters starting with z', 'zZZZZZZZ', 3],
    ['letters of both cases, as one run', 'HelloWorld', 3],
  ]);

  rule('should count one token for every digit and every other ASCII character', [
    ['digits', '2026', 4],
    ['the characters around the letters', '@[`{', 4],
    ['punctuation and a line end', '(x)\n', 4],
  ]);

  rule('should count a lone space only before a digit', [
    ['a space before 0', 'x 0', 3],
    ['a space before 9', 'x 9', 3],
    ['a space before a word', 'x abc', 2],
    ['a space before "/" (just below the digits)', 'x /', 2],
    ['a space before ":" (just above the digits)', 'x :', 2],
  ]);

  rule('should count a longer run of spaces as one token per 4 spaces, rounded up', [
    ['2 spaces', '  x', 2],
    ['4 spaces', '    x', 2],
    ['5 spaces', '     x', 3],
    ['8 spaces before a digit', '        1', 3],
  ]);

  rule('should count text outside ASCII by its UTF-8 bytes', [
    ['a two-byte letter', 'é', 2],
    ['three-byte symbols in a row', '∈ℝ', 6],
    ['a four-byte character', '𝔽', 4],
    ['a Chinese character before a spaced letter', '求 x', 4],
  ]);
});

describe('budgetOf', () => {
  test('should have no budget for a window of 0 tokens (an engine that reports none)', () => {
    expect(budgetOf(0, 'text')).toBeNull();
  });
});

describe('formatTokens', () => {
  test('should write whole tokens with thousands separators', () => {
    expect(formatTokens(1234.6)).toBe('1,235');
  });
});
