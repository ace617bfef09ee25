/**
 * The two pieces of the OpenAI-compatible engine that read a streamed body: server-sent events
 * (sse.ts) and one completion event (chunk.ts), fed the byte streams and JSON real servers send.
 */
import { describe, expect, test } from 'vitest';
import { readChunk } from '../../../src/engine/openai/chunk';
import { readSseData } from '../../../src/engine/openai/sse';

/** A body that delivers `parts` as separate reads, and records whether the reader cancelled it. */
function body(parts: (string | Uint8Array)[]): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  const queue = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

async function events(parts: (string | Uint8Array)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const data of readSseData(body(parts).stream)) out.push(data);
  return out;
}

describe('readSseData', () => {
  describe("should yield each event's data", () => {
    test.for([
      ['events ended by a blank line', ['data: a\n\ndata: b\n\n'], ['a', 'b']],
      ['events ended by CRLF blank lines', ['data: a\r\n\r\ndata: b\r\n\r\n'], ['a', 'b']],
      ['an event split across reads', ['da', 'ta: {"x"', ':1}\n', '\n'], ['{"x":1}']],
      ['a last event without its blank line', ['data: a\n\ndata: [DONE]'], ['a', '[DONE]']],
      ['several data lines, joined by a newline', ['data: one\ndata: two\n\n'], ['one\ntwo']],
      ['data without a space after the colon', ['data:x\n\n'], ['x']],
      ['data with two spaces, of which one is kept', ['data:  x\n\n'], [' x']],
      ['an empty data field', ['data:\n\n'], ['']],
    ] as const)('for %s', async ([, parts, expected]) => {
      expect(await events([...parts])).toEqual(expected);
    });

    test('for a character whose UTF-8 bytes are split across reads', async () => {
      const bytes = new TextEncoder().encode('data: π≈3\n\n');
      expect(await events([bytes.slice(0, 7), bytes.slice(7)])).toEqual(['π≈3']);
    });
  });

  describe('should skip what is not data', () => {
    test.for([
      ['comments (keep-alive pings)', [': ping\n\ndata: a\n\n'], ['a']],
      ['event, id and retry fields', ['event: message\nid: 7\nretry: 10\ndata: a\n\n'], ['a']],
      ['an event with no data line', ['event: ping\n\n'], []],
      ['a trailing blank tail', ['data: a\n\n\n\n'], ['a']],
      ['a field merely containing "data:"', ['x-data: no\n\n'], []],
    ] as const)('for %s', async ([, parts, expected]) => {
      expect(await events([...parts])).toEqual(expected);
    });
  });

  test('should cancel the body when the reader stops early, releasing the connection', async () => {
    const b = body(['data: a\n\n', 'data: b\n\n', 'data: c\n\n']);
    for await (const data of readSseData(b.stream)) {
      expect(data).toBe('a');
      break;
    }
    expect(b.cancelled()).toBe(true);
  });
});

const URL_ = 'http://127.0.0.1:9/v1/completions';

describe('readChunk', () => {
  describe('should read the first choice', () => {
    test.for([
      ['completion text', { choices: [{ text: 'ab', finish_reason: null }] }, { text: 'ab' }],
      ['chat delta content', { choices: [{ delta: { content: 'cd' } }] }, { text: 'cd' }],
      ['text before a delta', { choices: [{ text: 'ab', delta: { content: 'cd' } }] }, { text: 'ab' }],
      ['a choice with neither', { choices: [{ delta: { role: 'assistant' } }] }, { text: '' }],
      ['a non-string text', { choices: [{ text: 5, delta: { content: 6 } }] }, { text: '' }],
      ['an empty choice list', { choices: [] }, { text: '' }],
      ['only the first of several choices', { choices: [{ text: 'first' }, { text: 'second' }] }, { text: 'first' }],
      ['finish "length"', { choices: [{ text: '', finish_reason: 'length' }] }, { text: '', finishReason: 'length' }],
      ['finish "stop"', { choices: [{ text: '', finish_reason: 'stop' }] }, { text: '', finishReason: 'stop' }],
      ['finish "abort"', { choices: [{ text: '', finish_reason: 'abort' }] }, { text: '', finishReason: 'abort' }],
      ['finish "cancelled"', { choices: [{ text: '', finish_reason: 'cancelled' }] }, { text: '', finishReason: 'abort' }],
      ['an unknown finish, read as a stop', { choices: [{ text: '', finish_reason: 'eos_token' }] }, { text: '', finishReason: 'stop' }],
      ["vLLM's stop reason", { choices: [{ text: '', finish_reason: 'stop', stop_reason: '```output' }] }, { text: '', finishReason: 'stop', stopReason: '```output' }],
      ['a numeric stop reason (a stop token id), left out', { choices: [{ text: '', stop_reason: 151643 }] }, { text: '' }],
    ] as const)('for %s', ([, json, expected]) => {
      expect(readChunk(URL_, json)).toEqual(expected);
    });
  });

  describe('should add up the log-probabilities of the chunk', () => {
    test.for([
      ['legacy token_logprobs', { token_logprobs: [-0.5, -0.25] }, -0.75],
      ['chat-style content', { content: [{ logprob: -1 }, { logprob: -0.5 }] }, -1.5],
      ['values that are not numbers, skipped', { token_logprobs: [-1, null, 'x'] }, -1],
    ] as const)('for %s', ([, logprobs, sum]) => {
      expect(readChunk(URL_, { choices: [{ text: 'a', logprobs }] }).logprob).toBe(sum);
    });

    test.for([
      ['no logprobs', undefined],
      ['null', null],
      ['an object without either list', { tokens: ['a'] }],
      ['a list with no number', { token_logprobs: [null] }],
    ] as const)('for %s: none', ([, logprobs]) => {
      expect(readChunk(URL_, { choices: [{ text: 'a', logprobs }] })).not.toHaveProperty('logprob');
    });
  });

  describe('should read usage', () => {
    test('for a usage-only event (the last one, with stream_options.include_usage)', () => {
      expect(readChunk(URL_, { choices: [], usage: { prompt_tokens: 12, completion_tokens: 3 } })).toEqual({ text: '', usage: { prompt_tokens: 12, completion_tokens: 3 } });
    });

    test('for usage without choices', () => {
      expect(readChunk(URL_, { usage: { prompt_tokens: 1 } })).toEqual({ text: '', usage: { prompt_tokens: 1 } });
    });

    test('for usage beside a choice', () => {
      expect(readChunk(URL_, { choices: [{ text: 'a' }], usage: { completion_tokens: 1 } })).toEqual({ text: 'a', usage: { completion_tokens: 1 } });
    });
  });

  describe('should refuse with a sentence naming the address', () => {
    test.for([
      ['null', null, 'an event is not a JSON object'],
      ['a number', 42, 'an event is not a JSON object'],
      ['a string', 'data', 'an event is not a JSON object'],
      ['an object without choices or usage', { id: 'x' }, 'an event has neither choices nor usage'],
      ['a usage that is not an object', { usage: 7 }, 'an event has neither choices nor usage'],
    ] as const)('for %s', ([, json, detail]) => {
      expect(() => readChunk(URL_, json)).toThrow(
        expect.objectContaining({ name: 'EngineRequestError', message: expect.stringContaining(`the response from ${URL_} is not a valid completion stream (${detail}).`) }),
      );
    });
  });
});
