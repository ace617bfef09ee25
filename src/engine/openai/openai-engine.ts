/**
 * `LlmEngine` over an OpenAI-compatible `/v1/completions` endpoint (llama.cpp's llama-server,
 * vLLM, Ollama, SGLang…). Raw prompts, not chat: the loop continues a partial assistant turn after
 * each execution output, which only the text-completion API can do. Works in Node and browsers.
 */
import { AbortError, EngineRequestError, LceError } from '../../core/errors';
import type { EngineInfo, FinishReason, GenerateRequest, LlmEngine, LoadProgress, TokenEvent } from '../../core/ports/llm-engine';
import { familyOf } from '../../core/prompt';
import { completionParams } from '../shared/completion-params';
import { createStopScanner, stopPiecesToDrop, type StopScanner } from '../../core/lce/stop-scanner';
import { createUsageClock, estimateTokens } from '../shared/usage-clock';
import { ENGINE_NAME, httpProblem, malformedStream, PAGE_WORDING, requestFailed, timedOut, unavailable, unlistedNote, unreachable, type ServedModels, type ServerWording } from './errors';
import { isJson, modelIds, oneJsonChunk, reportedWindow, sseChunks } from './server-replies';
import type { CompletionChunk } from './chunk';
import { createWatchdog, DEFAULT_TIMEOUTS, type RequestTimeouts, type Watchdog } from './watchdog';

export interface OpenAiEngineOptions {
  /** API root including the version prefix, e.g. `http://127.0.0.1:8080/v1`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Prompt family for src/core/prompt, when the caller knows it. */
  family?: string;
  /** Injected fetch (tests, proxies); defaults to the global one. */
  fetch?: typeof fetch;
  /** Limits of each request's stages (default `DEFAULT_TIMEOUTS`). */
  timeouts?: Partial<RequestTimeouts>;
  /** How error sentences name the settings: the page's fields (default) or the CLI's flags. */
  wording?: ServerWording;
  /** The model's context window in tokens, as the user knows it; else what the server reports (vLLM's `max_model_len`), else unknown. */
  contextWindow?: number;
}

/** Where and how to reach the server. */
interface Server {
  baseUrl: string;
  model: string;
  doFetch: typeof fetch;
  headers: Record<string, string>;
  timeouts: RequestTimeouts;
  wording: ServerWording;
  /** What `/models` listed, once loaded: a 404 then names the models the server does serve. */
  served: ServedModels;
}

/** Creates an engine that streams completions from an OpenAI-compatible HTTP server. */
export function createOpenAiEngine(options: OpenAiEngineOptions): LlmEngine {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const wording = options.wording ?? PAGE_WORDING;
  const server: Server = {
    baseUrl: normaliseBaseUrl(options.baseUrl, wording),
    model: options.model,
    doFetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)),
    headers,
    timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
    wording,
    served: { model: options.model, listed: null },
  };
  let loaded: Promise<void> | null = null;
  let interruptCurrent: (() => void) | null = null;
  const info: EngineInfo = {
    kind: 'openai',
    model: options.model,
    family: options.family ?? familyOf(options.model),
    isRecording: false,
    ...(options.contextWindow ? { contextWindow: options.contextWindow } : {}),
  };

  return {
    info,
    load(onProgress, signal) {
      loaded ??= checkServer(server, onProgress, signal).then(
        (reported) => {
          // The user's figure wins: a server may report the model's trained window, not the one it runs with.
          if (reported !== null && options.contextWindow === undefined) info.contextWindow = reported;
        },
        (err: unknown) => {
          loaded = null;
          throw err;
        },
      );
      return loaded;
    },
    generate: (request) =>
      streamCompletion(server, request, (interrupt) => {
        interruptCurrent = interrupt;
      }),
    interrupt() {
      interruptCurrent?.();
    },
    async unload() {
      interruptCurrent?.();
      loaded = null;
    },
  };
}

/**
 * One streamed completion. `onInterruptible` receives the function that interrupts it (cooperative:
 * the request is cancelled and the stream ends with finish reason `abort`), and null once it ended.
 */
async function* streamCompletion(server: Server, request: GenerateRequest, onInterruptible: (interrupt: (() => void) | null) => void): AsyncGenerator<TokenEvent> {
  const { signal } = request;
  if (signal?.aborted) throw new AbortError('Generation');
  const url = `${server.baseUrl}/completions`;
  const controller = new AbortController();
  let interrupted = false;
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  onInterruptible(() => {
    interrupted = true;
    controller.abort();
  });
  const watchdog = createWatchdog(server.timeouts, () => controller.abort());
  const clock = createUsageClock();
  const scanner = createStopScanner(request.stop);
  const state: StreamState = { finish: null, stopString: null, usage: null, pieces: 0, finished: false };
  const stopped = (): 'abort' | null => {
    if (signal?.aborted) throw new AbortError('Generation');
    return interrupted ? 'abort' : null;
  };
  const timedOutError = () => watchdog.fired && requestFailed(timedOut(watchdog.fired.kind, url, watchdog.fired.ms, server.wording));
  try {
    let res: Response;
    watchdog.arm('connect');
    try {
      res = await server.doFetch(url, { method: 'POST', headers: server.headers, body: JSON.stringify(requestBody(server.model, request)), signal: controller.signal });
    } catch (err) {
      if (stopped()) return yield done('abort', null, clock.finish({ promptTokens: 0, completionTokens: 0 }));
      throw timedOutError() || requestFailed(unreachable(url, err, server.wording));
    }
    if (!res.ok) {
      watchdog.stop();
      throw requestFailed(await httpProblem(url, res, server.wording, server.served), res.status);
    }
    watchdog.arm('first-token');
    try {
      yield* readChunks(isJson(res) ? oneJsonChunk(url, res, server.wording) : sseChunks(url, res, server.wording), request, { scanner, clock, state, watchdog, cancel: () => controller.abort() });
    } catch (err) {
      if (stopped()) state.finish = 'abort';
      else if (watchdog.fired) throw timedOutError();
      else if (err instanceof LceError) throw err;
      else throw new EngineRequestError(ENGINE_NAME, `the connection to ${url} broke mid-stream (${(err as Error).message}). Check the server's log.`);
    }
    if (state.finish === null && !state.finished) throw malformedStream(url, 'it ended before the server sent a finish_reason or [DONE]', server.wording);
    // The held-back tail is the model's own text, except a piece of the stop string the server
    // stopped on (some stream one first). Its log-probability is the pieces' that were held.
    const rest = scanner.end(stopPiecesToDrop(state.finish ?? 'stop', state.stopString));
    if (rest) yield token(rest, state.heldLogprob);
    const counts = {
      promptTokens: state.usage?.prompt_tokens ?? estimateTokens(request.prompt),
      completionTokens: state.usage?.completion_tokens ?? state.pieces,
    };
    yield done(state.finish ?? 'stop', state.stopString, clock.finish(counts));
  } finally {
    watchdog.stop();
    signal?.removeEventListener('abort', onAbort);
    onInterruptible(null);
    controller.abort();
  }
}

/** Checks `GET {baseUrl}/models`, keeps what it lists, and reports the connection as load progress; returns the context window the server reports, if it does. */
async function checkServer(server: Server, onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<number | null> {
  const { baseUrl, model, wording } = server;
  const url = `${baseUrl}/models`;
  onProgress?.({ phase: 'connect', progress: null, text: `Connecting to ${baseUrl}…` });
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const watchdog = createWatchdog(server.timeouts, () => controller.abort());
  try {
    let res: Response;
    watchdog.arm('connect');
    try {
      res = await server.doFetch(url, { headers: server.headers, signal: controller.signal });
    } catch (err) {
      if (signal?.aborted) throw new AbortError('Connecting to the server');
      if (watchdog.fired) throw unavailable(timedOut('connect', url, watchdog.fired.ms, wording));
      throw unavailable(unreachable(url, err, wording));
    }
    if (!res.ok) throw unavailable(await httpProblem(url, res, wording));
    const json: unknown = await res.json().catch(() => null);
    const listed = modelIds(json);
    if (signal?.aborted) throw new AbortError('Connecting to the server');
    if (watchdog.fired) throw unavailable(timedOut('connect', url, watchdog.fired.ms, wording));
    server.served = { model, listed };
    // llama.cpp serves whatever it loaded under any name, so an unlisted model is a note, not an error.
    const note = unlistedNote(server.served, wording);
    const window = reportedWindow(json, model);
    const windowNote = window !== null ? `, context window ${window} tokens` : '';
    onProgress?.({ phase: 'ready', progress: 1, text: `Connected to ${baseUrl}, model ${model}${windowNote}${note ? ` (${note})` : ''}` });
    return window;
  } finally {
    watchdog.stop();
    signal?.removeEventListener('abort', onAbort);
  }
}

/** What reading a completion found out so far (kept when the stream breaks midway). */
interface StreamState {
  finish: FinishReason | null;
  stopString: string | null;
  usage: { prompt_tokens?: number; completion_tokens?: number } | null;
  pieces: number;
  /** Log-probability of text the scanner still holds back. */
  heldLogprob?: number;
  /** The server sent `[DONE]` (or its one JSON answer ended). */
  finished: boolean;
}

function token(text: string, logprob: number | undefined): TokenEvent {
  return logprob === undefined ? { type: 'token', text } : { type: 'token', text, logprob };
}

/**
 * Streams the text of `chunks` through the stop scanner as token events, recording in `state` how
 * the completion ends. A stop string the server ignored or echoed ends it here (and cancels it).
 */
async function* readChunks(
  chunks: AsyncIterable<CompletionChunk>,
  request: GenerateRequest,
  at: { scanner: StopScanner; clock: ReturnType<typeof createUsageClock>; state: StreamState; watchdog: Watchdog; cancel: () => void },
): AsyncGenerator<TokenEvent> {
  const { scanner, clock, state } = at;
  for await (const chunk of chunks) {
    if (chunk.usage) state.usage = chunk.usage;
    // Until the first token only a token counts; after it, anything the server sends shows it is alive.
    if (chunk.text || state.pieces > 0) at.watchdog.arm('idle');
    if (chunk.text) {
      clock.piece();
      state.pieces++;
      const lp = chunk.logprob === undefined ? state.heldLogprob : chunk.logprob + (state.heldLogprob ?? 0);
      const scan = scanner.push(chunk.text);
      if (scan.emit) {
        state.heldLogprob = undefined;
        yield token(scan.emit, lp);
      } else state.heldLogprob = lp;
      if (scan.stop !== null) {
        [state.finish, state.stopString] = ['stop', scan.stop];
        at.cancel();
        return;
      }
    }
    if (chunk.finishReason) {
      state.finish = chunk.finishReason;
      if (chunk.stopReason && request.stop.includes(chunk.stopReason)) state.stopString = chunk.stopReason;
    }
    if (chunk.done) {
      state.finished = true;
      return;
    }
  }
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

/** Trims trailing slashes and rejects what is not a URL, with an example of one that is. */
export function normaliseBaseUrl(baseUrl: string, w: ServerWording = PAGE_WORDING): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  try {
    const base = (globalThis as { location?: { href: string } }).location?.href;
    const u = new URL(trimmed, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
    return base && !/^https?:/i.test(trimmed) ? u.href.replace(/\/+$/, '') : trimmed;
  } catch {
    throw unavailable({ reason: `"${baseUrl}" is not an http(s) URL`, advice: `Give the API root as ${w.baseUrl}, e.g. http://127.0.0.1:8080/v1.` });
  }
}
