import { describe, expect, test } from 'vitest';
import { createLlmJudge, judge, readYesNo } from '../../../src/core/critic';
import type { GenerateRequest, LlmEngine, TokenEvent } from '../../../src/core/ports/llm-engine';

/** Test double for the language model: replies with scripted text and records the prompts. */
class ScriptedLlm implements LlmEngine {
  readonly info = { kind: 'replay' as const, model: 'scripted', isRecording: true };
  readonly prompts: string[] = [];
  constructor(private readonly replies: string[]) {}
  async load(): Promise<void> {}
  async *generate(request: GenerateRequest): AsyncIterable<TokenEvent> {
    this.prompts.push(request.prompt);
    const reply = this.replies.shift() ?? '';
    for (const piece of reply.split(/(?<= )/)) yield { type: 'token', text: piece };
    yield { type: 'done', finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1 } };
  }
  interrupt(): void {}
  async unload(): Promise<void> {}
}

function expectLlmVerdict(reply: string, equal: boolean | null): Promise<void> {
  const llm = new ScriptedLlm([reply]);
  return judge('the set of even numbers', 'all even integers', { llm: createLlmJudge(llm), question: 'Describe S.' }).then((v) => {
    expect(v.equal).toBe(equal);
    expect(v.method).toBe(equal === null ? 'none' : 'llm');
    expect(llm.prompts[0]).toContain('Reference answer: all even integers');
    expect(llm.prompts[0]).toContain('Question: Describe S.');
  });
}

describe('createLlmJudge', () => {
  describe('should decide only what the rules leave undecided', () => {
    test('for a YES reply', () => expectLlmVerdict('YES', true));
    test('for a NO reply', () => expectLlmVerdict(' No.', false));
    test('for a reply that is not a verdict', () => expectLlmVerdict('It depends', null));
    test('for a pair the rules decide, never asking the model', async () => {
      const llm = new ScriptedLlm(['YES']);
      const v = await judge('0.33', '\\frac13', { llm: createLlmJudge(llm) });
      expect(v.equal).toBe(false);
      expect(llm.prompts).toHaveLength(0);
    });
  });
  describe('should read YES/NO', () => {
    test('for replies with extra words', () => {
      expect(readYesNo('Yes, they are equal')).toBe(true);
      expect(readYesNo('<think></think>NO')).toBe(false);
      expect(readYesNo('maybe')).toBeNull();
    });
  });
});
