import { afterEach, describe, expect, test } from 'vitest';
import type { TokenEvent } from '../../../src/core/ports/llm-engine';
import { createOpenAiEngine } from '../../../src/engine/openai/openai-engine';
import { type ScriptedOpenAiServer, startScriptedOpenAiServer } from '../../support/scripted-openai-server';

let server: ScriptedOpenAiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const CODE = 'Compute it.\n```python\nprint(6*7)\n```\n```output\n42\n```\nThe answer is \\boxed{42}.';

async function run(echoStop: boolean) {
  server = await startScriptedOpenAiServer({ script: () => ({ text: CODE, echoStop }) });
  const engine = createOpenAiEngine({ baseUrl: server.baseUrl, model: 'scripted-math-model' });
  await engine.load();
  const events: TokenEvent[] = [];
  for await (const e of engine.generate({ prompt: 'Q: 6*7?', stop: ['```output'], maxTokens: 200 })) events.push(e);
  return { text: events.flatMap((e) => (e.type === 'token' ? [e.text] : [])).join(''), done: events.at(-1) };
}

describe('createOpenAiEngine with the shared scripted server', () => {
  describe('should end the round right before the stop string', () => {
    test.each([false, true])('for a server with echoStop=%s', async (echoStop) => {
      const { text, done } = await run(echoStop);
      expect(text).toBe('Compute it.\n```python\nprint(6*7)\n```\n');
      expect(done).toMatchObject({ type: 'done', finishReason: 'stop', stopString: '```output' });
    });
  });

  describe('should fail clearly', () => {
    test.each([
      ['http-500', /HTTP 500/],
      ['malformed-sse', /not a valid completion stream/],
      ['drop', /broke mid-stream|ended before/],
    ] as const)('for a reply that fails with %s', async (fail, message) => {
      server = await startScriptedOpenAiServer({ script: () => ({ text: CODE, fail }) });
      const engine = createOpenAiEngine({ baseUrl: server.baseUrl, model: 'scripted-math-model' });
      const drain = async () => {
        for await (const _ of engine.generate({ prompt: 'Q', stop: ['```output'], maxTokens: 200 })) void _;
      };
      await expect(drain()).rejects.toMatchObject({ name: 'EngineRequestError', message: expect.stringMatching(message) });
    });
  });
});
