import { describe, expect, test } from 'vitest';
import { createLlmJudge, judge, judgeTurn, readYesNo } from '../../../src/core/critic';
import type { GenerateRequest, LlmEngine, TokenEvent } from '../../../src/core/ports/llm-engine';

/** Test double for the language model: replies with scripted text and records the prompts. */
class ScriptedLlm implements LlmEngine {
  readonly info: { kind: 'replay'; model: string; family?: string; isRecording: boolean };
  readonly prompts: string[] = [];
  readonly stops: string[][] = [];
  constructor(private readonly replies: string[], model = 'scripted') {
    this.info = { kind: 'replay', model, isRecording: true };
  }
  async load(): Promise<void> {}
  async *generate(request: GenerateRequest): AsyncIterable<TokenEvent> {
    this.prompts.push(request.prompt);
    this.stops.push(request.stop);
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
  describe('should ask in the loaded model\'s chat template', () => {
    test('for a Llama 3 model named by its id', async () => {
      const llm = new ScriptedLlm(['NO'], 'Llama-3.1-8B-Instruct-q4f16_1-MLC');
      const v = await judge('the set of even numbers', 'all odd integers', { llm: createLlmJudge(llm) });
      expect(v).toMatchObject({ equal: false, method: 'llm' });
      expect(llm.prompts[0]).toMatch(/^<\|start_header_id\|>system<\|end_header_id\|>/);
      expect(llm.stops[0]).toContain('<|eot_id|>');
    });
    test('for a Qwen model, in ChatML', async () => {
      const llm = new ScriptedLlm(['YES'], 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC');
      await judge('the set of even numbers', 'all even integers', { llm: createLlmJudge(llm) });
      expect(llm.prompts[0]).toMatch(/^<\|im_start\|>system/);
      expect(llm.stops[0]).toEqual(['<|im_end|>', '<|endoftext|>', '\n']);
    });
    test('for a model of no known family, in the plain "Answer:" frame', async () => {
      const llm = new ScriptedLlm(['YES'], 'mistral-7b');
      await judge('the set of even numbers', 'all even integers', { llm: createLlmJudge(llm) });
      expect(llm.prompts[0]).toMatch(/^You are checking a solution[^]*\nAnswer:$/);
      expect(llm.stops[0]).toEqual(['\n\nProblem:', '\n']);
    });
  });
  describe('should write the judge turn exactly', () => {
    // Written out by hand, not computed: what each family's model reads, byte for byte.
    const Q = 'Is $$2$$ even?';
    const CHATML = `<|im_start|>system\nYou are a careful math grader.<|im_end|>\n<|im_start|>user\n${Q}<|im_end|>\n<|im_start|>assistant\n`;
    test.each([
      ['qwen2', CHATML],
      ['qwen2.5-math', CHATML],
      ['qwen3', `${CHATML}<think>\n\n</think>\n\n`],
      ['deepseek-r1', `<｜User｜>${Q}<｜Assistant｜><think>\n\n</think>\n\n`],
      [
        'llama3',
        `<|start_header_id|>system<|end_header_id|>\n\nYou are a careful math grader.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n${Q}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n`,
      ],
      ['wizardmath', `Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n### Instruction:\n${Q}\n\n### Response:`],
      ['generic', `${Q}\nAnswer:`],
    ] as const)('for the %s family', (family, expected) => {
      expect(judgeTurn(family, Q)).toBe(expected);
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
