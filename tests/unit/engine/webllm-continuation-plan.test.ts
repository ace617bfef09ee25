import { describe, expect, test } from 'vitest';
import { type ArmedContinuation, planRound, type RoundOutcome, type RoundPlan, settleRound } from '../../../src/engine/webllm/continuation-plan';

const PROMPT = '<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\n';
const STOP = ['```output', '<|im_end|>'];
const TEXT = 'Compute.\n```python\nprint(42)\n```\n';

const fresh = planRound(null, PROMPT);

function outcome(over: Partial<RoundOutcome>): RoundOutcome {
  return { finishReason: 'stop', deltas: ['Compute.\n', '```python\nprint(42)\n```\n', '```', ''], message: TEXT, stop: STOP, ...over };
}

describe('planRound', () => {
  describe('should send the whole prompt as one user message', () => {
    test.each([
      ['nothing cached', null, PROMPT, 'not-armed'],
      ['a prompt that does not extend the cache (an edited cell)', { messages: [], kvText: `${PROMPT}Compute.\n` }, `${PROMPT}Compare.\n`, 'diverged'],
      ['a prompt equal to the cache', { messages: [], kvText: PROMPT }, PROMPT, 'nothing-new'],
    ] as [string, ArmedContinuation | null, string, string][])('for %s', (_what, armed, prompt, reason) => {
      expect(planRound(armed, prompt)).toEqual({ kind: 'fresh', reason, messages: [{ role: 'user', content: prompt }], prefill: prompt, kvText: prompt });
    });
  });

  describe('should continue with only the new text as a tool message', () => {
    test('for a prompt that extends the cache', () => {
      const armed: ArmedContinuation = { messages: [{ role: 'user', content: PROMPT }, { role: 'assistant', content: TEXT }], kvText: `${PROMPT}${TEXT}\`\`\`` };
      const prompt = `${PROMPT}${TEXT}\`\`\`output\n42\n\`\`\`\n`;
      expect(planRound(armed, prompt)).toEqual({
        kind: 'continue',
        messages: [...armed.messages, { role: 'tool', content: 'output\n42\n```\n' }],
        prefill: 'output\n42\n```\n',
        kvText: prompt,
      });
    });
  });
});

describe('settleRound', () => {
  describe('should arm the next round with what the cache holds', () => {
    test.each([
      ['the stop string split as "```" + "output"', outcome({}), '```'],
      ['the stop string split as "```" + "out" + "put"', outcome({ deltas: ['Compute.\n', '```python\nprint(42)\n```\n', '```', 'out', ''] }), '```out'],
      ['a one-token stop or the end-of-turn token', outcome({ deltas: ['Compute.\n', '```python\nprint(42)\n```\n', ''] }), ''],
    ])('for %s', (_what, o, inCache) => {
      expect(settleRound(fresh, o)).toEqual({
        messages: [{ role: 'user', content: PROMPT }, { role: 'assistant', content: TEXT }],
        kvText: `${PROMPT}${TEXT}${inCache}`,
      });
    });

    test('for a continued round (the history grows by the reply)', () => {
      const plan: RoundPlan = { kind: 'continue', messages: [{ role: 'user', content: 'P' }, { role: 'assistant', content: 'a' }, { role: 'tool', content: 'b' }], prefill: 'b', kvText: 'Pa```b' };
      expect(settleRound(plan, outcome({ deltas: ['c', '```', ''], message: 'c' }))).toEqual({ messages: [...plan.messages, { role: 'assistant', content: 'c' }], kvText: 'Pa```bc```' });
    });
  });

  describe('should leave the next round to be sent fresh', () => {
    test.each([
      ['an abort (the last sampled token is not in the cache)', outcome({ finishReason: 'abort' })],
      ['a length stop', outcome({ finishReason: 'length' })],
      ['a stream that never finished (an error, a consumer that stopped reading)', outcome({ finishReason: null })],
      ['no message', outcome({ message: null })],
      ['no streamed step', outcome({ deltas: [] })],
      ['a last step that streamed text (it was never forwarded)', outcome({ deltas: ['Compute.\n', '```python\nprint(42)\n```', '\n'] })],
      ['streamed text that does not start with the message', outcome({ deltas: ['Compare.\n', '```', ''] })],
      ['a remainder that is no stop-string prefix', outcome({ deltas: ['Compute.\n', '```python\nprint(42)\n```\n', 'abc', ''] })],
      ['a remainder that is a whole stop string', outcome({ deltas: ['Compute.\n', '```python\nprint(42)\n```\n', '```output', ''] })],
      ['an incomplete UTF-8 character', outcome({ deltas: ['Compute.\uFFFD\n', '```python\nprint(42)\n```\n', '```', ''], message: 'Compute.\uFFFD\n```python\nprint(42)\n```\n' })],
    ])('for %s', (_what, o) => {
      expect(settleRound(fresh, o)).toBeNull();
    });
  });
});
