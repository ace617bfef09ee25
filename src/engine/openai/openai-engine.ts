/**
 * `LlmEngine` over an OpenAI-compatible `/v1/completions` endpoint (llama.cpp's llama-server,
 * vLLM, Ollama, SGLang…). Raw prompts, not chat: the loop continues a partial assistant turn after
 * each execution output, which only the text-completion API can do. Works in Node and browsers.
 */
import { AbortError, EngineRequestError, EngineUnavailableError, LceError } from '../../core/errors';
import type { FinishReason, GenerateRequest, LlmEngine, LoadProgress, TokenEvent } from '../../core/ports/llm-engine';
import { familyOf } from '../../core/prompt/families';
import { completionParams } from '../shared/completion-params';
import { createStopScanner, stopPiecesToDrop } from '../../core/lce/stop-scanner';
import { createUsageClock, estimateTokens } from '../shared/usage-clock';
import { ENGINE_NAME, httpError, malformedStream, serverMessage, unreachableError } from './errors';
import { readSseData } from './sse';
import { type CompletionChunk, readChunk } from './chunk';

export interface OpenAiEngineOptions {
  /** API root including the version prefix, e.g. `http://127.0.0.1:8080/v1`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Prompt family for src/core/prompt, when the caller knows it. */
  family?: string;
  /** Injected fetch (tests, proxies); defaults to the global one. */
  fetch?: typeof fetch;
}

/** Creates an engine that streams completions from an OpenAI-compatible HTTP server. */
export function createOpenAiEngine(options: OpenAiEngineOptions): LlmEngine {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  let loaded: Promise<void> | null = null;
  let interruptCurrent: (() => void) | null = null;

  async function checkServer(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    const url = `${baseUrl}/models`;
    onProgress?.({ phase: 'connect', progress: null, text: `Connecting to ${baseUrl}…` });
    let res: Response;
    try {
      res = await doFetch(url, { headers, signal });
    } catch (err) {
      if (signal?.aborted) throw new AbortError('Connecting to the server');
      throw unreachableError(url, err, true);
    }
    if (!res.ok) {
      const err = await httpError(url, res);
      throw new EngineUnavailableError(ENGINE_NAME, err.reason, 'Check the base URL (it usually ends with /v1) and that the server is an OpenAI-compatible one.');
    }
    const listed = await res.json().then(modelIds, () => null);
    // llama.cpp serves whatever it loaded under any name, so an unlisted model is a note, not an error.
    const note = listed && listed.length > 0 && !listed.includes(options.model) ? ` (the server lists ${listed.slice(0, 5).join(', ')}; it may still accept "${options.model}")` : '';
    onProgress?.({ phase: 'ready', progress: 1, text: `Connected to ${baseUrl}, model ${options.model}${note}` });
  }

  async function* generate(request: GenerateRequest): AsyncGenerator<TokenEvent> {
    const { signal } = request;
    if (signal?.aborted) throw new AbortError('Generation');
    const url = `${baseUrl}/completions`;
    const controller = new AbortController();
    let interrupted = false;
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    interruptCurrent = () => {
      interrupted = true;
      controller.abort();
    };
    const clock = createUsageClock();
    const scanner = createStopScanner(request.stop);
    let finish: FinishReason | null = null;
    let stopString: string | null = null;
    let serverUsage: { prompt_tokens?: number; completion_tokens?: number } | null = null;
    let pieces = 0;
    let carriedLogprob: number | undefined;
    let finished = false;

    const stopped = (): 'abort' | null => {
      if (signal?.aborted) throw new AbortError('Generation');
      return interrupted ? 'abort' : null;
    };
    try {
      let res: Response;
      try {
        res = await doFetch(url, { method: 'POST', headers, body: JSON.stringify(requestBody(options.model, request)), signal: controller.signal });
      } catch (err) {
        if (stopped()) return yield done('abort', null, clock.finish({ promptTokens: 0, completionTokens: 0 }));
        throw unreachableError(url, err, false);
      }
      if (!res.ok) throw await httpError(url, res);
      const chunks = isJson(res) ? oneJsonChunk(url, res) : sseChunks(url, res);
      try {
        for await (const chunk of chunks) {
          if (chunk.usage) serverUsage = chunk.usage;
          if (chunk.text) {
            clock.piece();
            pieces++;
            const lp = chunk.logprob === undefined ? carriedLogprob : chunk.logprob + (carriedLogprob ?? 0);
            const scan = scanner.push(chunk.text);
            if (scan.emit) {
              carriedLogprob = undefined;
              yield lp === undefined ? { type: 'token', text: scan.emit } : { type: 'token', text: scan.emit, logprob: lp };
            } else carriedLogprob = lp;
            if (scan.stop !== null) {
              // The server ignored or echoed the stop string: end here and cancel the request.
              [finish, stopString] = ['stop', scan.stop];
              controller.abort();
              break;
            }
          }
          if (chunk.finishReason) {
            finish = chunk.finishReason;
            if (chunk.stopReason && request.stop.includes(chunk.stopReason)) stopString = chunk.stopReason;
          }
          if (chunk.done) {
            finished = true;
            break;
          }
        }
      } catch (err) {
        if (stopped()) finish = 'abort';
        else if (err instanceof LceError) throw err;
        else throw new EngineRequestError(ENGINE_NAME, `the connection to ${url} broke mid-stream (${(err as Error).message}). Check the server's log.`);
      }
      if (finish === null && !finished) throw malformedStream(url, 'it ended before the server sent a finish_reason or [DONE]');
      // The held-back tail is the model's own text, except a piece of the stop string the server
      // stopped on (some stream one first). Its log-probability is the pieces' that were held.
      const rest = scanner.end(stopPiecesToDrop(finish ?? 'stop', stopString));
      if (rest) yield carriedLogprob === undefined ? { type: 'token', text: rest } : { type: 'token', text: rest, logprob: carriedLogprob };
      const counts = {
        promptTokens: serverUsage?.prompt_tokens ?? estimateTokens(request.prompt),
        completionTokens: serverUsage?.completion_tokens ?? pieces,
      };
      yield done(finish ?? 'stop', stopString, clock.finish(counts));
    } finally {
      signal?.removeEventListener('abort', onAbort);
      interruptCurrent = null;
      controller.abort();
    }
  }

  return {
    info: { kind: 'openai', model: options.model, family: options.family ?? familyOf(options.model), isRecording: false },
    load(onProgress, signal) {
      loaded ??= checkServer(onProgress, signal).catch((err: unknown) => {
        loaded = null;
        throw err;
      });
      return loaded;
    },
    generate,
    interrupt() {
      interruptCurrent?.();
    },
    async unload() {
      interruptCurrent?.();
      loaded = null;
    },
  };
}

function done(finishReason: FinishReason, stopString: string | null, usage: ReturnType<ReturnType<typeof createUsageClock>['finish']>): TokenEvent {
  return { type: 'done', finishReason, stopString, usage };
}

function requestBody(model: string, r: GenerateRequest): Record<string, unknown> {
  const body: Record<string, unknown> = { ...completionParams(model, r) };
  // Legacy completions take an integer: how many alternatives to list besides the sampled token.
  if (r.logprobs) body.logprobs = 1;
  return body;
}

async function* sseChunks(url: string, res: Response): AsyncGenerator<CompletionChunk> {
  if (!res.body) throw malformedStream(url, 'the response has no body');
  for await (const data of readSseData(res.body)) {
    if (data.trim() === '[DONE]') {
      yield { text: '', done: true };
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      throw malformedStream(url, `an event is not JSON: ${JSON.stringify(data.slice(0, 80))}`);
    }
    if (json && typeof json === 'object' && 'error' in json) {
      throw new EngineRequestError(ENGINE_NAME, `the server reported an error mid-stream: ${serverMessage(data)}`);
    }
    yield readChunk(url, json);
  }
}

// Some servers ignore `stream: true` and answer with one JSON completion.
async function* oneJsonChunk(url: string, res: Response): AsyncGenerator<CompletionChunk> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw malformedStream(url, 'the JSON body does not parse');
  }
  yield readChunk(url, json);
  yield { text: '', done: true };
}

function isJson(res: Response): boolean {
  return (res.headers.get('content-type') ?? '').includes('application/json');
}

function modelIds(json: unknown): string[] | null {
  const data = (json as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return null;
  return data.map((m) => (m as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
}

/** Trims trailing slashes and rejects what is not a URL, with an example of one that is. */
export function normaliseBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  try {
    const base = (globalThis as { location?: { href: string } }).location?.href;
    const u = new URL(trimmed, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
    return base && !/^https?:/i.test(trimmed) ? u.href.replace(/\/+$/, '') : trimmed;
  } catch {
    throw new EngineUnavailableError(ENGINE_NAME, `"${baseUrl}" is not an http(s) URL`, 'Give the API root, e.g. http://127.0.0.1:8080/v1.');
  }
}
