/**
 * ScriptedOpenAiServer — a test double of the LLM (the one edge we cannot run here), served over a
 * REAL local HTTP server (node:http on 127.0.0.1, an ephemeral port) that speaks the
 * OpenAI-compatible protocol our HTTP engine talks to llama.cpp / vLLM / Ollama:
 *
 *   GET  /v1/models       → {object:"list", data:[{id: model, object:"model"}]}
 *   POST /v1/completions  → streaming SSE (`data: {...}\n\n` … `data: [DONE]\n\n`) when `stream: true`,
 *                           else one JSON object. Honours `stop` (cut at the earliest stop string,
 *                           `finish_reason: "stop"`, `stop_reason` = the matched string, as vLLM does),
 *                           `max_tokens` (`finish_reason: "length"`), `stream_options.include_usage`.
 *   OPTIONS *             → 204 with CORS headers.
 *
 * What the "model" says is a script: a function of the request (its prompt above all) that returns
 * the next completion. A script can therefore answer right only when the real execution output came
 * back in the prompt (see `lastOutputIn`). Text is cut into small tokens (words, single digits,
 * single punctuation marks) so stop strings such as "```output" arrive split across SSE chunks.
 *
 * Failure modes, per reply: `fail: 'http-500'` (JSON error body), `'malformed-sse'` (a broken
 * `data:` line after a few tokens), `'drop'` (the socket is destroyed mid-stream),
 * `'end-without-done'` (the response ends cleanly after a few tokens, with no finish and no `[DONE]`).
 *
 * Two uses:
 *  1. Node tests: `const srv = await startScriptedOpenAiServer({ script }); … srv.baseUrl …; await srv.close()`.
 *  2. Browser e2e tests: start it the same way in the vitest (Node) process and hand `srv.baseUrl`
 *     to the page. Every response carries `Access-Control-Allow-Origin: *` (and answers preflights),
 *     so a page served from another origin (vite preview, COEP credentialless) can `fetch` it.
 *
 * `srv.requests` records every completion request (parsed body, whether the client went away).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The JSON body of a `/v1/completions` request, as far as the double reads it. */
export interface CompletionBody {
  model?: string;
  prompt?: string | string[];
  stream?: boolean;
  stop?: string | string[] | null;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  seed?: number;
  logprobs?: number | boolean | null;
  stream_options?: { include_usage?: boolean };
  [key: string]: unknown;
}

/** What the script sees: the prompt, the whole body and how many completion requests came before. */
export interface ScriptRequest {
  prompt: string;
  body: CompletionBody;
  index: number;
}

/** A scripted completion. A bare string means `{ text }`. */
export interface ScriptReply {
  /** The full text the model "would" write; the server cuts it at `stop` / `max_tokens`. */
  text: string;
  /** Force a finish reason (e.g. 'length') instead of deriving it. */
  finishReason?: 'stop' | 'length';
  /** Include the matched stop string in the output (some servers do). Overrides the server option. */
  echoStop?: boolean;
  fail?: 'http-500' | 'malformed-sse' | 'drop' | 'end-without-done';
  /** Per-token delay for this reply (ms), overriding the server option. */
  tokenDelayMs?: number;
  /** Usage to report instead of the counted one. */
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export type Script = (request: ScriptRequest) => string | ScriptReply | Promise<string | ScriptReply>;

export interface ScriptedServerOptions {
  script: Script;
  /** Model id reported by /v1/models and in responses. Default "scripted-math-model". */
  model?: string;
  /** Delay between streamed tokens in ms. Default 0 (still one write per token). */
  tokenDelayMs?: number;
  /** Echo the stop string that ended generation (default false, like OpenAI / llama.cpp). */
  echoStop?: boolean;
  /** How text is cut into tokens. Default: words, whitespace runs, single digits, single symbols. */
  tokenize?: (text: string) => string[];
  /** Send the usage chunk when the client asks (`stream_options.include_usage`). Default true; false acts like servers without it. */
  streamUsage?: boolean;
  /** Port to listen on (default: an ephemeral one), e.g. to come back where a stopped server was. */
  port?: number;
  /**
   * Act as vLLM with this context window: list it as `max_model_len` in /v1/models and answer 400
   * when prompt tokens + `max_tokens` exceed it (counted with `tokenize`).
   */
  maxModelLen?: number;
}

/** One recorded completion request. */
export interface RecordedRequest {
  body: CompletionBody;
  prompt: string;
  /** The completion text actually sent (after stop / max_tokens). */
  sent: string;
  finishReason: 'stop' | 'length' | null;
  /** True when the client closed the connection before the stream ended (e.g. an abort). */
  clientClosed: boolean;
  /** The Authorization header the client sent, if any. */
  authorization?: string;
  /** Why the server refused the request (400), if it did. */
  rejected?: string;
}

export interface ScriptedOpenAiServer {
  /** e.g. `http://127.0.0.1:38211/v1` — what an OpenAI client takes as its base URL. */
  baseUrl: string;
  /** e.g. `http://127.0.0.1:38211`. */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Default tokenizer: small pieces so that multi-character stop strings span several tokens. */
export function defaultTokenize(text: string): string[] {
  return text.match(/[A-Za-z]+|\d|\s+|[^A-Za-z\d\s]/g) ?? [];
}

/** The content of the last ```output block in a prompt, or null when none came back yet. */
export function lastOutputIn(prompt: string): string | null {
  const matches = [...prompt.matchAll(/```output\n([\s\S]*?)\n?```/g)];
  const last = matches[matches.length - 1];
  return last ? (last[1] ?? '') : null;
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization',
  'access-control-allow-private-network': 'true',
  'access-control-max-age': '600',
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

interface Cut {
  text: string;
  finishReason: 'stop' | 'length';
  stopString: string | null;
}

/** Applies `stop` and `max_tokens` the way a real server does: earliest stop string wins. */
function cutCompletion(reply: ScriptReply, body: CompletionBody, echoStop: boolean, tokenize: (t: string) => string[]): Cut {
  const stops = body.stop == null ? [] : Array.isArray(body.stop) ? body.stop : [body.stop];
  let text = reply.text;
  let finishReason: 'stop' | 'length' = reply.finishReason ?? 'stop';
  let stopString: string | null = null;
  let at = -1;
  for (const s of stops) {
    const i = s ? text.indexOf(s) : -1;
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      stopString = s;
    }
  }
  if (at >= 0 && stopString !== null) text = text.slice(0, at) + (echoStop ? stopString : '');
  const max = body.max_tokens;
  if (typeof max === 'number' && max >= 0) {
    const tokens = tokenize(text);
    if (tokens.length > max) {
      text = tokens.slice(0, max).join('');
      finishReason = 'length';
      stopString = null;
    }
  }
  return { text, finishReason, stopString };
}

/** Starts the scripted server on 127.0.0.1 and an ephemeral port. */
export async function startScriptedOpenAiServer(options: ScriptedServerOptions): Promise<ScriptedOpenAiServer> {
  const model = options.model ?? 'scripted-math-model';
  const tokenize = options.tokenize ?? defaultTokenize;
  const requests: RecordedRequest[] = [];
  let counter = 0;

  async function completions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: CompletionBody;
    try {
      body = JSON.parse(await readBody(req)) as CompletionBody;
    } catch {
      sendJson(res, 400, { error: { message: 'Request body is not JSON.', type: 'invalid_request_error' } });
      return;
    }
    const prompt = Array.isArray(body.prompt) ? body.prompt.join('') : (body.prompt ?? '');
    const raw = await options.script({ prompt, body, index: counter++ });
    const reply: ScriptReply = typeof raw === 'string' ? { text: raw } : raw;
    const record: RecordedRequest = { body, prompt, sent: '', finishReason: null, clientClosed: false, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    requests.push(record);
    const promptTokens = tokenize(prompt).length;
    const wanted = promptTokens + (body.max_tokens ?? 16);
    if (options.maxModelLen !== undefined && wanted > options.maxModelLen) {
      // vLLM's own wording.
      record.rejected = `This model's maximum context length is ${options.maxModelLen} tokens. However, you requested ${wanted} tokens (${promptTokens} in the messages, ${body.max_tokens ?? 16} in the completion). Please reduce the length of the messages or completion.`;
      sendJson(res, 400, { object: 'error', message: record.rejected, type: 'BadRequestError', code: 400 });
      return;
    }
    if (reply.fail === 'http-500') {
      sendJson(res, 500, { error: { message: 'Scripted internal server error.', type: 'server_error' } });
      return;
    }
    const cut = cutCompletion(reply, body, reply.echoStop ?? options.echoStop ?? false, tokenize);
    const id = `cmpl-scripted-${counter}`;
    const created = Math.floor(Date.now() / 1000);
    const counted = reply.usage ?? { prompt_tokens: tokenize(prompt).length, completion_tokens: tokenize(cut.text).length };
    const usage = { ...counted, total_tokens: 0 };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
    if (!body.stream) {
      record.sent = cut.text;
      record.finishReason = cut.finishReason;
      sendJson(res, 200, {
        id, object: 'text_completion', created, model,
        choices: [{ index: 0, text: cut.text, logprobs: null, finish_reason: cut.finishReason, stop_reason: cut.stopString }],
        usage,
      });
      return;
    }
    res.on('close', () => {
      if (!res.writableFinished) record.clientClosed = true;
    });
    res.writeHead(200, { ...CORS_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const delay = reply.tokenDelayMs ?? options.tokenDelayMs ?? 0;
    const chunk = (text: string, finish: string | null, extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({ id, object: 'text_completion', created, model, choices: [{ index: 0, text, logprobs: null, finish_reason: finish, ...extra }] })}\n\n`;
    const tokens = tokenize(cut.text);
    for (let i = 0; i < tokens.length; i++) {
      if (record.clientClosed || res.destroyed) return;
      if (reply.fail && i === Math.min(3, tokens.length - 1)) {
        if (reply.fail === 'drop') {
          res.socket?.destroy();
          return;
        }
        if (reply.fail === 'end-without-done') {
          res.end();
          return;
        }
        res.end('data: {"id": "broken", "choices": [{"text": \n\n');
        return;
      }
      res.write(chunk(tokens[i] ?? '', null));
      record.sent += tokens[i] ?? '';
      await (delay > 0 ? sleep(delay) : new Promise<void>((r) => setImmediate(r)));
    }
    if (record.clientClosed || res.destroyed) return;
    if (reply.fail) {
      // Too short a reply to fail mid-stream: fail right away instead.
      if (reply.fail === 'drop') res.socket?.destroy();
      else if (reply.fail === 'end-without-done') res.end();
      else res.end('data: {"broken\n\n');
      return;
    }
    record.finishReason = cut.finishReason;
    res.write(chunk('', cut.finishReason, { stop_reason: cut.stopString }));
    if (body.stream_options?.include_usage && options.streamUsage !== false) {
      res.write(`data: ${JSON.stringify({ id, object: 'text_completion', created, model, choices: [], usage })}\n\n`);
    }
    res.end('data: [DONE]\n\n');
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
    } else if (req.method === 'GET' && path === '/v1/models') {
      const window = options.maxModelLen !== undefined ? { max_model_len: options.maxModelLen } : {};
      sendJson(res, 200, { object: 'list', data: [{ id: model, object: 'model', created: 0, owned_by: 'scripted', ...window }] });
    } else if (req.method === 'POST' && path === '/v1/completions') {
      completions(req, res).catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: `Script failed: ${String(err)}`, type: 'server_error' } });
        else res.destroy();
      });
    } else {
      sendJson(res, 404, { error: { message: `No route ${req.method} ${path}`, type: 'invalid_request_error' } });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/v1`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
