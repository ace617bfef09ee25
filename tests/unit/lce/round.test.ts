/**
 * One generation round on its own: the log-probability tally it returns. The run keeps only the
 * sum (and only when no token lacked one), so the counts are checked here, where they are made.
 */
import { describe, expect, test } from 'vitest';
import type { SolveEvent } from '../../../src/core/lce/events';
import { streamRound, type RoundOutcome } from '../../../src/core/lce/round';
import type { LlmEngine, TokenEvent } from '../../../src/core/ports/llm-engine';

/** An engine that streams `tokens` as given and then says it stopped. */
function streams(tokens: TokenEvent[]): LlmEngine {
  return {
    info: { kind: 'fixed-tokens', model: 'qwen2.5-math-1.5b-instruct', isRecording: false },
    load: async () => undefined,
    async *generate(): AsyncGenerator<TokenEvent> {
      yield* tokens;
      yield { type: 'done', finishReason: 'stop', stopString: '<|im_end|>', usage: { promptTokens: 3, completionTokens: tokens.length } };
    },
    interrupt: () => undefined,
    unload: async () => undefined,
  };
}

async function outcomeOf(engine: LlmEngine): Promise<RoundOutcome> {
  const round = streamRound(engine, { prompt: 'Q: ', stop: ['```output', '<|im_end|>'], maxTokens: 50, logprobs: true }, { runId: 'r', round: 1, firstIndex: 0 });
  for (;;) {
    const next: IteratorResult<SolveEvent, RoundOutcome> = await round.next();
    if (next.done) return next.value;
  }
}

describe('streamRound', () => {
  describe('should count the tokens with and without a log-probability', () => {
    test('for an engine that gave one for some tokens only', async () => {
      const engine = streams([
        { type: 'token', text: 'Two', logprob: -0.5 },
        { type: 'token', text: ' plus' },
        { type: 'token', text: ' two', logprob: -0.25 },
        { type: 'token', text: '.' },
      ]);
      expect((await outcomeOf(engine)).logprob).toEqual({ sum: -0.75, tokens: 2, missing: 2 });
    });

    test('for an engine that gave none', async () => {
      const engine = streams([{ type: 'token', text: 'Four' }, { type: 'token', text: '.' }]);
      expect((await outcomeOf(engine)).logprob).toEqual({ sum: 0, tokens: 0, missing: 2 });
    });
  });
});
