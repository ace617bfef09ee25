import { describe, expect, test } from 'vitest';
import { createLlmJudge, readYesNo } from '../../../src/core/critic';
import type { GenerateRequest, LlmEngine, TokenEvent } from '../../../src/core/ports/llm-engine';

/** Test double for the language model: replies with one scripted text, in one token. */
class OneReplyLlm implements LlmEngine {
  readonly info = { kind: 'replay' as const, model: 'scripted', isRecording: true };
  constructor(private readonly reply: string) {}
  async load(): Promise<void> {}
  async *generate(_request: GenerateRequest): AsyncIterable<TokenEvent> {
    yield { type: 'token', text: this.reply };
    yield { type: 'done', finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1 } };
  }
  interrupt(): void {}
  async unload(): Promise<void> {}
}

// 45 characters of talk with neither "yes" nor "no" in it.
const TALK = 'I will compare the two answers step by step. ';

describe('readYesNo', () => {
  describe('should read past markup, which separates words', () => {
    test('for a verdict inside a tag whose attribute names both answers', () => {
      expect(readYesNo('<verdict options="yes/no">NO</verdict>')).toBe(false);
    });
    test('for a verdict glued to the word before it by a tag', () => {
      expect(readYesNo('Verdict<br>yes')).toBe(true);
    });
  });
  describe('should read only the first 200 characters', () => {
    test('for a verdict that ends at character 200', () => {
      const text = TALK.repeat(4).padEnd(197, '.') + 'YES';
      expect(text.length).toBe(200);
      expect(readYesNo(text)).toBe(true);
    });
    test('for a verdict after character 200', () => {
      expect(readYesNo(TALK.repeat(5) + 'YES')).toBeNull();
    });
  });
});

describe('createLlmJudge', () => {
  describe('should read the verdict from the model\'s reply alone', () => {
    test('for a YES near the end of the first 200 characters', async () => {
      const reply = TALK.repeat(4) + 'So: YES';
      expect(reply.length).toBe(187);
      expect(await createLlmJudge(new OneReplyLlm(reply)).decide({ reference: '1/2', result: '0.5' })).toBe(true);
    });
  });
});
