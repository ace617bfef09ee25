import { describe, expect, test } from 'vitest';
import type { ChatCompletionChunk, ChatCompletionRequestStreaming, Completion, CompletionCreateParamsStreaming } from '@mlc-ai/web-llm';
import { type ContinuationClient, createContinuingCompletions } from '../../../src/engine/webllm/chat-continuation';

/**
 * ChatClientDouble — a test double of web-llm's client for the adapter's own bookkeeping (the
 * protocol itself is proved against web-llm's real pipeline in webllm-pipeline/). Each chat request
 * streams its `reply` one character per step, then a silent stop step, the final chunk and usage.
 */
class ChatClientDouble {
  readonly chatRequests: ChatCompletionRequestStreaming[] = [];
  readonly completionRequests: CompletionCreateParamsStreaming[] = [];
  private last = '';
  constructor(private readonly reply: string) {}

  get client(): ContinuationClient {
    return {
      chat: { completions: { create: async (r: ChatCompletionRequestStreaming) => (this.chatRequests.push(r), this.stream()) } },
      completions: { create: async (r: CompletionCreateParamsStreaming) => (this.completionRequests.push(r), (async function* () {})()) },
      getMessage: async () => this.last,
    } as unknown as ContinuationClient;
  }

  private async *stream(): AsyncGenerator<ChatCompletionChunk> {
    const base = { id: 'c', created: 0, model: 'm', object: 'chat.completion.chunk' as const };
    this.last = this.reply;
    for (const ch of this.reply) yield { ...base, choices: [{ index: 0, delta: { content: ch }, finish_reason: null, logprobs: { content: [] } }] };
    yield { ...base, choices: [{ index: 0, delta: { content: '' }, finish_reason: null }] };
    yield { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] };
    yield { ...base, choices: [], usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5, extra: { e2e_latency_s: 0, prefill_tokens_per_s: 0, decode_tokens_per_s: 0, time_to_first_token_s: 0, time_per_output_token_s: 0 } } };
  }
}

const params = (prompt: string): CompletionCreateParamsStreaming => ({ prompt, stream: true, stream_options: { include_usage: true }, max_tokens: 9, stop: ['```output'], seed: 1, model: 'm' });

async function drain(it: AsyncIterable<Completion>, limit = Infinity): Promise<Completion[]> {
  const out: Completion[] = [];
  for await (const c of it) {
    out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

describe('createContinuingCompletions', () => {
  describe('should hand chat chunks back as completion chunks', () => {
    test('for text, finish reason, log-probs and usage', async () => {
      const double = new ChatClientDouble('ab');
      const chunks = await drain(await createContinuingCompletions(double.client).create(params('P')));
      expect(chunks.map((c) => [c.object, c.choices[0]?.text, c.choices[0]?.finish_reason ?? null])).toEqual([
        ['text_completion', 'a', null],
        ['text_completion', 'b', null],
        ['text_completion', '', null],
        ['text_completion', '', 'stop'],
        ['text_completion', undefined, null],
      ]);
      expect(chunks[0]!.choices[0]!.logprobs).toEqual({ content: [] });
      expect(chunks.at(-1)!.usage).toMatchObject({ prompt_tokens: 3 });
      expect(double.chatRequests[0]).toEqual({ stream: true, messages: [{ role: 'user', content: 'P' }], model: 'm', stream_options: { include_usage: true }, max_tokens: 9, stop: ['```output'], seed: 1 });
    });
  });

  describe('should continue only after its own round ran to the end', () => {
    test('for two rounds in a row (the second sends the history and the injection)', async () => {
      const double = new ChatClientDouble('ab');
      const rounds = createContinuingCompletions(double.client);
      await drain(await rounds.create(params('P')));
      await drain(await rounds.create(params('PabX')));
      expect(rounds.lastPlan).toMatchObject({ kind: 'continue', prefill: 'X' });
      expect(double.chatRequests[1]!.messages).toEqual([
        { role: 'user', content: 'P' },
        { role: 'assistant', content: 'ab' },
        { role: 'tool', content: 'X', tool_call_id: 'lce-output' },
      ]);
    });

    test('for a round the consumer stopped reading (sent fresh next)', async () => {
      const double = new ChatClientDouble('ab');
      const rounds = createContinuingCompletions(double.client);
      await drain(await rounds.create(params('P')), 1);
      await drain(await rounds.create(params('PabX')));
      expect(rounds.lastPlan).toMatchObject({ kind: 'fresh', reason: 'not-armed' });
    });

    test('for another request that started while it ran (sent fresh next)', async () => {
      const double = new ChatClientDouble('ab');
      const rounds = createContinuingCompletions(double.client);
      const first = await rounds.create(params('P'));
      const other = await rounds.create(params('Q'));
      await drain(first);
      await drain(await rounds.create(params('PabX')));
      expect(rounds.lastPlan).toMatchObject({ kind: 'fresh', reason: 'not-armed' });
      await drain(other);
    });

    test('for reset() (sent fresh next)', async () => {
      const double = new ChatClientDouble('ab');
      const rounds = createContinuingCompletions(double.client);
      await drain(await rounds.create(params('P')));
      rounds.reset();
      await drain(await rounds.create(params('PabX')));
      expect(rounds.lastPlan).toMatchObject({ kind: 'fresh', reason: 'not-armed' });
    });
  });

  describe('should fall back to completions.create', () => {
    test('for the completions mode (the raw request, unchanged)', async () => {
      const double = new ChatClientDouble('ab');
      const rounds = createContinuingCompletions(double.client, 'completions');
      await drain(await rounds.create(params('P')));
      expect(double.completionRequests).toEqual([params('P')]);
      expect(double.chatRequests).toEqual([]);
      expect(rounds.lastPlan).toBeNull();
    });
  });
});
