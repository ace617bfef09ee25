/**
 * The OpenAI-compatible engine against servers that misbehave in time — accept and never answer,
 * answer and never send a token, stall mid-stream — on real local sockets; and its sentences,
 * worded for the page (fields, CORS) or for a terminal (flags), through the registry as each uses it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { LlmEngine, TokenEvent } from '../../../src/core/ports/llm-engine';
import { createEngine, flagSpelling } from '../../../src/engine/registry';
import { startLocalServer, textChunk, type LocalServer } from './support/local-http-server';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const LIMITS = { connectMs: 200, firstTokenMs: 200, idleMs: 200 };

function engineAt(baseUrl: string, where: 'page' | 'terminal', model = 'qwen'): Promise<LlmEngine> {
  const settings = { kind: 'openai' as const, baseUrl, model };
  return where === 'page' ? createEngine(settings, { timeouts: LIMITS }) : createEngine(settings, { timeouts: LIMITS }, flagSpelling('solve'));
}

/** Runs one completion; returns the tokens it yielded and the error it ended with. */
async function generate(engine: LlmEngine, signal?: AbortSignal): Promise<{ tokens: string[]; error: (Error & { name: string }) | null }> {
  const tokens: string[] = [];
  try {
    for await (const e of engine.generate({ prompt: 'Q', stop: [], maxTokens: 50, signal }) as AsyncIterable<TokenEvent>) if (e.type === 'token') tokens.push(e.text);
    return { tokens, error: null };
  } catch (err) {
    return { tokens, error: err as Error };
  }
}

/** A server that lists `qwen` and streams completions with `stream(res)`. */
async function streaming(stream: (write: (piece: string | object) => void, end: () => void) => void): Promise<LocalServer> {
  return startLocalServer((req, _body, res) => {
    if (req.url === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [{ id: 'qwen' }] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.flushHeaders();
    stream((piece) => res.write(`data: ${typeof piece === 'string' ? piece : JSON.stringify(piece)}\n\n`), () => res.end());
  });
}

describe('the OpenAI-compatible engine', () => {
  describe('should give up with a sentence when a stage of a request runs out of time', () => {
    test('for a server that accepts the connection and never answers (connect)', async () => {
      server = await startLocalServer(() => undefined);
      const { error } = await generate(await engineAt(server.baseUrl, 'terminal'));
      expect(error?.name).toBe('EngineRequestError');
      expect(error?.message).toBe(`OpenAI-compatible server request failed: ${server.baseUrl}/completions sent no response within 200 ms (the connection was open but the server did not answer). The server may be stuck or still loading the model; its log says which. To wait longer, raise --connect-timeout-ms.`);
    });

    test('for the connection check on load, as the engine being unavailable', async () => {
      server = await startLocalServer(() => undefined);
      const engine = await engineAt(server.baseUrl, 'page');
      await expect(engine.load()).rejects.toMatchObject({ name: 'EngineUnavailableError', message: expect.stringMatching(/\/models sent no response within 200 ms .*Try again once it has recovered\.$/) as string });
    });

    test('for a server that answers and never sends a token (first token)', async () => {
      server = await streaming(() => undefined);
      const { error } = await generate(await engineAt(server.baseUrl, 'terminal'));
      expect(error?.message).toMatch(/answered but sent no token within 200 ms\. The server may be busy with other requests or a long prompt, or stuck; its log says which\. To wait longer, raise --first-token-timeout-ms\.$/);
    });

    test('for a stream that stalls after two tokens (idle), keeping the tokens it sent', async () => {
      server = await streaming((write) => {
        write(textChunk('x = '));
        write(textChunk('2'));
      });
      const { tokens, error } = await generate(await engineAt(server.baseUrl, 'terminal'));
      expect(tokens.join('')).toBe('x = 2');
      expect(error?.message).toMatch(/the stream from .* stalled: nothing arrived for 200 ms\. .*raise --idle-timeout-ms\.$/);
    });

    test('for the page, saying nothing of flags it does not have', async () => {
      server = await streaming(() => undefined);
      const { error } = await generate(await engineAt(server.baseUrl, 'page'));
      expect(error?.message).toMatch(/sent no token within 200 ms\. .*Try again once it has recovered\.$/);
      expect(error?.message).not.toContain('--');
    });
  });

  describe('should not time out', () => {
    test('for a slow, steady stream longer than every limit', async () => {
      server = await streaming((write, end) => {
        let i = 0;
        const timer = setInterval(() => {
          if (i < 8) write(textChunk(String(i++)));
          else {
            clearInterval(timer);
            write(textChunk('', 'stop'));
            write('[DONE]');
            end();
          }
        }, 80);
      });
      const { tokens, error } = await generate(await engineAt(server.baseUrl, 'terminal'));
      expect(error).toBe(null);
      expect(tokens.join('')).toBe('01234567');
    });

    test('for a request the user cancels while waiting: a cancellation, not a timeout', async () => {
      server = await startLocalServer(() => undefined);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const { error } = await generate(await engineAt(server.baseUrl, 'terminal'), controller.signal);
      expect(error?.name).toBe('AbortError');
    });
  });

  describe('should word its advice for where it is read', () => {
    test('for a refused connection: flags on a terminal, the field on the page, CORS only on the page', async () => {
      server = await startLocalServer(() => undefined);
      const { baseUrl } = server;
      await server.close();
      server = null;
      const terminal = await (await engineAt(baseUrl, 'terminal')).load().catch((e: Error) => e.message);
      const page = await (await engineAt(baseUrl, 'page')).load().catch((e: Error) => e.message);
      expect(terminal).toBe(`OpenAI-compatible server cannot run: nothing is listening at ${baseUrl}/models (connection refused). Start the server (llama-server, ollama serve or vllm serve) or correct --base-url.`);
      expect(page).toBe(`OpenAI-compatible server cannot run: nothing is listening at ${baseUrl}/models (connection refused). Start the server (llama-server, ollama serve or vllm serve) or correct the Base URL.`);
    });

    // The browser's opaque "Failed to fetch" gets the CORS advice (openai-engine.test.ts); Node says why.
    test('for a fetch Node refuses, its real reason instead of CORS advice', async () => {
      const terminal = await createEngine({ kind: 'openai', baseUrl: 'http://127.0.0.1:1/v1', model: 'q' }, {}, flagSpelling('solve'));
      await expect(terminal.load()).rejects.toThrow('OpenAI-compatible server cannot run: could not reach http://127.0.0.1:1/v1/models (bad port). Check that the server is running and that --base-url is right.');
    });

    test('for a 404 on the connection check: one piece of advice, one full stop', async () => {
      server = await startLocalServer((_req, _b, res) => {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'File Not Found.' }));
      });
      const message = await (await engineAt(server.baseUrl, 'terminal')).load().catch((e: Error) => e.message);
      expect(message).toBe(`OpenAI-compatible server cannot run: HTTP 404 Not Found from ${server.baseUrl}/models: File Not Found. Check that --base-url ends with /v1 (or the server's OpenAI prefix) and that --model names a model the server serves.`);
    });

    test('for a key the server refuses', async () => {
      server = await startLocalServer((_req, _b, res) => {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'Invalid API Key', type: 'invalid_request_error' } }));
      });
      expect(await (await engineAt(server.baseUrl, 'terminal')).load().catch((e: Error) => e.message)).toMatch(/HTTP 401 Unauthorized from .*: Invalid API Key\. The server wants an API key: check --api-key\.$/);
      expect(await (await engineAt(server.baseUrl, 'page')).load().catch((e: Error) => e.message)).toMatch(/Invalid API Key\. The server wants an API key: check the API key\.$/);
    });

    test('for a model the server does not list: a note on load, the served models named on a 404', async () => {
      server = await startLocalServer((req, _b, res) => {
        res.writeHead(req.url === '/v1/models' ? 200 : 404, { 'content-type': 'application/json' });
        res.end(req.url === '/v1/models' ? JSON.stringify({ data: [{ id: 'qwen2.5-math:7b' }] }) : JSON.stringify({ error: { message: 'model "qwen" not found, try pulling it first' } }));
      });
      const engine = await engineAt(server.baseUrl, 'page');
      const notes: string[] = [];
      await engine.load((p) => notes.push(p.text));
      expect(notes.at(-1)).toBe(`Connected to ${server.baseUrl}, model qwen (the server lists "qwen2.5-math:7b", not "qwen": llama.cpp answers to any name, other servers need one of the listed names as the Model)`);
      const { error } = await generate(engine);
      expect(error?.message).toBe(`OpenAI-compatible server request failed: HTTP 404 Not Found from ${server.baseUrl}/completions: model "qwen" not found, try pulling it first. The server does not list "qwen"; it serves "qwen2.5-math:7b". Give one of them as the Model.`);
    });
  });
});
