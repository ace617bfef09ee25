import { afterEach, describe, expect, test } from 'vitest';
import type { GenerateRequest, LlmEngine, LoadProgress, TokenEvent } from '../../../src/core/ports/llm-engine';
import { createOpenAiEngine } from '../../../src/engine/openai/openai-engine';
import { type LocalServer, startLocalServer, textChunk, writeSse } from './support/local-http-server';

const STOP = ['```output'];
let server: LocalServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

function request(over: Partial<GenerateRequest> = {}): GenerateRequest {
  return { prompt: 'Q: 1+1?\nA:', stop: STOP, maxTokens: 64, ...over };
}

async function collect(engine: LlmEngine, req: GenerateRequest) {
  const events: TokenEvent[] = [];
  for await (const e of engine.generate(req)) events.push(e);
  const text = events.flatMap((e) => (e.type === 'token' ? [e.text] : [])).join('');
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('stream did not end with done');
  return { events, text, done };
}

async function serve(pieces: (string | object)[], end = true) {
  server = await startLocalServer((_req, _body, res) => writeSse(res, pieces, end));
  return createOpenAiEngine({ baseUrl: server.baseUrl, model: 'qwen' });
}

async function expectRejection(p: Promise<unknown>, name: string, fragment: RegExp) {
  const err = await p.then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(err?.name).toBe(name);
  expect(err?.message).toMatch(fragment);
  return err as Error & { status?: number };
}

describe('createOpenAiEngine', () => {
  describe('should stream a completion', () => {
    test('for text chunks with the usage the server reports', async () => {
      const engine = await serve([
        textChunk('x = '),
        textChunk('2'),
        textChunk('', 'stop'),
        { id: 'c', object: 'text_completion', choices: [], usage: { prompt_tokens: 11, completion_tokens: 2 } },
        '[DONE]',
      ]);
      const { text, done } = await collect(engine, request({ temperature: 0.2, topP: 0.9, seed: 7, logprobs: true }));
      expect(text).toBe('x = 2');
      expect(done).toMatchObject({ finishReason: 'stop', usage: { promptTokens: 11, completionTokens: 2 } });
      expect(server?.requests[0]).toMatchObject({
        method: 'POST',
        url: '/v1/completions',
        body: { model: 'qwen', prompt: 'Q: 1+1?\nA:', stream: true, stream_options: { include_usage: true }, stop: STOP, max_tokens: 64, temperature: 0.2, top_p: 0.9, seed: 7, logprobs: 1 },
      });
    });

    test('for a server that reports no usage (counted instead)', async () => {
      const engine = await serve([textChunk('a'), textChunk('b'), textChunk('c', 'length'), '[DONE]']);
      const { done } = await collect(engine, request());
      expect(done).toMatchObject({ finishReason: 'length', usage: { completionTokens: 3 } });
      expect(done.type === 'done' && done.usage.promptTokens).toBeGreaterThan(0);
    });

    test('for log-probabilities summed per emitted piece', async () => {
      const engine = await serve([textChunk('a', null, { logprobs: { tokens: ['a'], token_logprobs: [-0.5] } }), textChunk('', 'stop'), '[DONE]']);
      const { events } = await collect(engine, request({ logprobs: true }));
      expect(events[0]).toEqual({ type: 'token', text: 'a', logprob: -0.5 });
    });

    test('for log-probabilities of a held-back tail, kept with it when it is released', async () => {
      const lp = (token: string, logprob: number) => ({ logprobs: { tokens: [token], token_logprobs: [logprob] } });
      const engine = await serve([textChunk('x ', null, lp('x ', -0.25)), textChunk('`', null, lp('`', -0.5)), textChunk('`', 'length', lp('`', -1)), '[DONE]']);
      const { events } = await collect(engine, request({ logprobs: true }));
      expect(events.filter((e) => e.type === 'token')).toEqual([
        { type: 'token', text: 'x ', logprob: -0.25 },
        { type: 'token', text: '``', logprob: -1.5 },
      ]);
    });
  });

  describe('should honour stop strings', () => {
    test('for a server that ignores stop and splits it across chunks', async () => {
      const engine = await serve([textChunk('print(2)\n``'), textChunk('`\n``'), textChunk('`out'), textChunk('put\n2\n'), textChunk('more', 'stop'), '[DONE]']);
      const { text, done } = await collect(engine, request());
      expect(text).toBe('print(2)\n```\n');
      expect(done).toMatchObject({ finishReason: 'stop', stopString: '```output' });
    });

    test('for a server that names the matched stop string (vLLM stop_reason)', async () => {
      const engine = await serve([textChunk('print(2)\n```\n'), textChunk('', 'stop', { stop_reason: '```output' }), '[DONE]']);
      const { text, done } = await collect(engine, request());
      expect(text).toBe('print(2)\n```\n');
      expect(done).toMatchObject({ stopString: '```output' });
    });

    test('for text held back as the start of one stop string when the server stopped on another', async () => {
      // The generic family stops on "\n\nProblem:" too, so the newline after the closing fence is
      // held back; the server then stops on "```output", and that newline is the model's own text.
      const engine = await serve([textChunk('print(2)\n```\n'), textChunk('', 'stop', { stop_reason: '```output' }), '[DONE]']);
      const { text, done } = await collect(engine, request({ stop: ['```output', '\n\nProblem:'] }));
      expect(text).toBe('print(2)\n```\n');
      expect(done).toMatchObject({ finishReason: 'stop', stopString: '```output' });
    });

    test('for a piece of the stop string a server streamed before stopping on it, dropped', async () => {
      const engine = await serve([textChunk('print(2)\n```\n``'), textChunk('', 'stop', { stop_reason: '```output' }), '[DONE]']);
      const { text } = await collect(engine, request({ stop: ['```output', '\n\nProblem:'] }));
      expect(text).toBe('print(2)\n```\n');
    });

    test('for a held-back prefix released when the model ends there', async () => {
      const engine = await serve([textChunk('end ``'), textChunk('', 'stop'), '[DONE]']);
      const { text, done } = await collect(engine, request());
      expect(text).toBe('end ``');
      expect(done).toMatchObject({ finishReason: 'stop', stopString: null });
    });
  });

  describe('should check the server on load', () => {
    test('for a /models listing, once, with connect and ready progress', async () => {
      server = await startLocalServer((_req, _b, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [{ id: 'other-model' }] }));
      });
      const engine = createOpenAiEngine({ baseUrl: `${server.baseUrl}/`, model: 'qwen', apiKey: 'k' });
      const progress: LoadProgress[] = [];
      await engine.load((p) => progress.push(p));
      await engine.load();
      expect(server.requests.map((r) => r.url)).toEqual(['/v1/models']);
      expect(progress.map((p) => p.phase)).toEqual(['connect', 'ready']);
      expect(progress[1]?.text).toMatch(/other-model/);
    });
  });

  describe('should authenticate with the API key', () => {
    test('for both the /models check and the completion, as a bearer token', async () => {
      server = await startLocalServer((req, _b, res) => {
        if (req.url === '/v1/models') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ object: 'list', data: [{ id: 'qwen' }] }));
        } else writeSse(res, [textChunk('2', 'stop'), '[DONE]']);
      });
      const engine = createOpenAiEngine({ baseUrl: server.baseUrl, model: 'qwen', apiKey: 'sk-test-123' });
      await engine.load();
      await collect(engine, request());
      expect(server.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
        ['/v1/models', 'Bearer sk-test-123'],
        ['/v1/completions', 'Bearer sk-test-123'],
      ]);
    });

    test('for no key, where no Authorization header is sent', async () => {
      const engine = await serve([textChunk('2', 'stop'), '[DONE]']);
      await collect(engine, request());
      expect(server?.requests[0]?.headers).not.toHaveProperty('authorization');
    });
  });

  describe('should fail with a sentence that says what to do', () => {
    test('for a refused connection', async () => {
      server = await startLocalServer(() => undefined);
      const { baseUrl } = server;
      await server.close();
      server = null;
      const engine = createOpenAiEngine({ baseUrl, model: 'qwen' });
      await expectRejection(engine.load(), 'EngineUnavailableError', /connection refused.*Start the server/);
      await expectRejection(collect(engine, request()), 'EngineRequestError', /connection refused/);
    });

    test('for an HTTP 500 with the server message', async () => {
      server = await startLocalServer((_req, _b, res) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 500, message: 'the model crashed', type: 'server_error' } }));
      });
      const engine = createOpenAiEngine({ baseUrl: server.baseUrl, model: 'qwen' });
      const err = await expectRejection(collect(engine, request()), 'EngineRequestError', /HTTP 500.*the model crashed/);
      expect(err.status).toBe(500);
    });

    test('for an error event in the middle of a stream', async () => {
      const engine = await serve([textChunk('a'), { error: { message: 'out of KV cache' } }]);
      await expectRejection(collect(engine, request()), 'EngineRequestError', /out of KV cache/);
    });

    test('for an event that is not JSON', async () => {
      const engine = await serve([textChunk('a'), '{"choices": [']);
      await expectRejection(collect(engine, request()), 'EngineRequestError', /not a valid completion stream/);
    });

    test('for a stream that ends before it finishes', async () => {
      const engine = await serve([textChunk('a')]);
      await expectRejection(collect(engine, request()), 'EngineRequestError', /ended before/);
    });

    test('for the opaque TypeError a browser gives for CORS or a refused connection', async () => {
      // The browser's fetch is the edge here: it hides whether CORS or the network failed.
      const browserFetch = (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch;
      const engine = createOpenAiEngine({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'q', fetch: browserFetch });
      await expectRejection(engine.load(), 'EngineUnavailableError', /cross-origin.*OLLAMA_ORIGINS.*--allowed-origins/);
    });

    test('for a base URL that is not a URL', () => {
      expect(() => createOpenAiEngine({ baseUrl: 'localhost:8080', model: 'q' })).toThrow(/not an http\(s\) URL/);
    });
  });

  describe('should cancel a request mid-stream', () => {
    async function hangingServer() {
      let closed!: () => void;
      const serverSawClose = new Promise<void>((r) => (closed = r));
      server = await startLocalServer((req, _b, res) => {
        res.on('close', closed);
        writeSse(res, [textChunk('first ')], false);
        void req;
      });
      return { engine: createOpenAiEngine({ baseUrl: server.baseUrl, model: 'qwen' }), serverSawClose };
    }

    test('for an AbortSignal (AbortError, connection closed)', async () => {
      const { engine, serverSawClose } = await hangingServer();
      const controller = new AbortController();
      const seen: string[] = [];
      const run = (async () => {
        for await (const e of engine.generate(request({ signal: controller.signal }))) {
          if (e.type === 'token') {
            seen.push(e.text);
            controller.abort();
          }
        }
      })();
      await expectRejection(run, 'AbortError', /cancelled/);
      await serverSawClose;
      expect(seen).toEqual(['first ']);
    });

    test('for interrupt() (done with finish reason abort, text kept)', async () => {
      const { engine, serverSawClose } = await hangingServer();
      const events: TokenEvent[] = [];
      for await (const e of engine.generate(request())) {
        events.push(e);
        if (e.type === 'token') engine.interrupt();
      }
      await serverSawClose;
      expect(events).toEqual([{ type: 'token', text: 'first ' }, expect.objectContaining({ type: 'done', finishReason: 'abort' })]);
    });
  });
});
