import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';

/** Reads an SSE body into its parsed `data:` payloads (the `[DONE]` marker kept as a string). */
async function readSse(res: Response): Promise<unknown[]> {
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((e) => e.startsWith('data: '))
    .map((e) => e.slice(6))
    .map((d) => (d === '[DONE]' ? d : JSON.parse(d)));
}

describe('ScriptedOpenAiServer', () => {
  let srv: ScriptedOpenAiServer;
  beforeAll(async () => {
    srv = await startScriptedOpenAiServer({
      script: ({ prompt }) => {
        if (prompt.includes('fail')) return { text: 'x', fail: 'http-500' };
        if (prompt === 'drop' || prompt === 'malformed-sse') return { text: 'one two three four five', fail: prompt };
        const out = lastOutputIn(prompt);
        return out === null ? 'Compute.\n```python\nprint(6*7)\n```\n```output\n99\n```\nmore' : `The answer is ${out}.`;
      },
    });
  });
  afterAll(() => srv.close());

  describe('should stream completions like a real server', () => {
    test('for a stop string cut off and split across several chunks', async () => {
      const res = await fetch(`${srv.baseUrl}/completions`, {
        method: 'POST',
        body: JSON.stringify({ prompt: 'Q', stream: true, stop: ['```output'], stream_options: { include_usage: true } }),
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const events = (await readSse(res)) as Array<{ choices: Array<{ text: string; finish_reason: string | null }>; usage?: { completion_tokens: number } }>;
      const texts = events.filter((e) => typeof e !== 'string').flatMap((e) => e.choices.map((c) => c.text));
      expect(texts.join('')).toBe('Compute.\n```python\nprint(6*7)\n```\n');
      expect(texts.filter((t) => t === '`').length).toBeGreaterThan(3);
      const finish = events.flatMap((e) => (typeof e === 'string' ? [] : e.choices)).find((c) => c.finish_reason);
      expect(finish?.finish_reason).toBe('stop');
      expect(events.at(-1)).toBe('[DONE]');
      expect(events.find((e) => typeof e !== 'string' && e.usage)).toBeTruthy();
    });

    test('for a reply that depends on the output fed back in the prompt', async () => {
      const res = await fetch(`${srv.baseUrl}/completions`, {
        method: 'POST',
        body: JSON.stringify({ prompt: 'Q\n```output\n42\n```\n', stream: false, max_tokens: 100 }),
      });
      const json = (await res.json()) as { choices: Array<{ text: string; finish_reason: string }> };
      expect(json.choices[0]?.text).toBe('The answer is 42.');
    });

    test('for max_tokens reached', async () => {
      const res = await fetch(`${srv.baseUrl}/completions`, { method: 'POST', body: JSON.stringify({ prompt: 'Q', max_tokens: 2 }) });
      const json = (await res.json()) as { choices: Array<{ text: string; finish_reason: string }> };
      expect(json.choices[0]).toMatchObject({ text: 'Compute.', finish_reason: 'length' });
    });
  });

  describe('should fail on purpose', () => {
    test('for a scripted HTTP 500', async () => {
      const res = await fetch(`${srv.baseUrl}/completions`, { method: 'POST', body: JSON.stringify({ prompt: 'fail', stream: true }) });
      expect(res.status).toBe(500);
    });

    test('for a dropped connection mid-stream', async () => {
      const res = await fetch(`${srv.baseUrl}/completions`, { method: 'POST', body: JSON.stringify({ prompt: 'drop', stream: true }) });
      await expect(res.text()).rejects.toThrow();
    });

    test('for a malformed event mid-stream', async () => {
      const res = await fetch(`${srv.baseUrl}/completions`, { method: 'POST', body: JSON.stringify({ prompt: 'malformed-sse', stream: true }) });
      const events = (await res.text()).split('\n\n').filter((e) => e.startsWith('data: '));
      expect(events.length).toBeGreaterThan(1);
      expect(() => JSON.parse(events.at(-1)!.slice(6))).toThrow();
    });

    test('for a preflight and the model list', async () => {
      const pre = await fetch(`${srv.baseUrl}/completions`, { method: 'OPTIONS' });
      expect(pre.status).toBe(204);
      const models = (await (await fetch(`${srv.baseUrl}/models`)).json()) as { data: Array<{ id: string }> };
      expect(models.data[0]?.id).toBe('scripted-math-model');
    });
  });
});
