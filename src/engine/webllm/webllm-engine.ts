/**
 * `LlmEngine` over web-llm running in workers/llm.worker.ts. Each round's raw prompt (from
 * src/core/prompt) goes through chat-continuation.ts: after a round that ended on its stop string,
 * only the injected execution output is prefilled (web-llm's chat API with a text-appender
 * template); otherwise the whole prompt is, as `completions.create` (the fallback mode) does every
 * round. `usage.promptTokens` per round is what was prefilled.
 */
import type { Completion, CompletionCreateParamsStreaming } from '@mlc-ai/web-llm';
import { AbortError } from '../../core/errors';
import { createStopScanner, stopPiecesToDrop, type StopScanner } from '../../core/lce/stop-scanner';
import type { FinishReason, GenerateRequest, LlmEngine, TokenEvent, Usage } from '../../core/ports/llm-engine';
import { completionParams } from '../shared/completion-params';
import { createUsageClock } from '../shared/usage-clock';
import type { ContinuationMode } from './chat-continuation';
import { mapWebLlmError } from './errors';
import { type CatalogModel, findModel } from './model-catalog';
import type { GpuLike } from './webgpu-check';
import { createWorkerSession, type LlmWorkerLike, type WorkerSession } from './worker-session';

export type { LlmWorkerLike } from './worker-session';

export interface WebLlmEngineOptions {
  /** A catalog id, or a catalog entry (e.g. from `customModel`). */
  model: string | CatalogModel;
  /** Starts the worker; called on each load after an unload. */
  createWorker: () => LlmWorkerLike;
  /** Where web-llm keeps the weights (`cache` is Cache Storage, web-llm's default). */
  cacheBackend?: 'cache' | 'indexeddb' | 'opfs';
  /** Context window override (tokens). */
  contextWindow?: number;
  /** WebGPU to check before loading; defaults to `navigator.gpu`. */
  gpu?: GpuLike;
  /** Skip the pre-load WebGPU check (web-llm then fails on its own, after fetching config and library). */
  skipGpuCheck?: boolean;
  /** `chat` (default) continues the KV cache across LCE rounds; `completions` re-prefills every round. */
  continuation?: ContinuationMode;
}

/**
 * Creates the page-side engine; nothing loads until `load()`. The model's lifecycle in the worker
 * lives in worker-session.ts, one round's generation in `generateRound` below.
 */
export function createWebLlmEngine(options: WebLlmEngineOptions): LlmEngine {
  const model = typeof options.model === 'string' ? findModel(options.model) : options.model;
  if (!model) throw mapWebLlmError(`ModelNotFoundError: ${String(options.model)}`, String(options.model));
  const session = createWorkerSession(model, { ...options, continuation: options.continuation ?? 'chat' });
  return {
    info: { kind: 'webllm', model: model.id, family: model.family, quantization: model.quantization, isRecording: false, contextWindow: options.contextWindow ?? model.contextWindow },
    async load(onProgress, signal) {
      await session.ensureLoaded(onProgress, signal);
    },
    generate: (request) => generateRound(session, model.id, request),
    interrupt() {
      session.loaded()?.interruptGenerate();
    },
    unload: () => session.unload(),
  };
}

/**
 * One round: load if needed, send the request through the continuation tracker, relay the text as
 * it streams (holding back what may be the start of a stop string), then say how it ended. An
 * abort interrupts web-llm's generation (the weights stay loaded) and ends in `AbortError`.
 */
async function* generateRound(session: WorkerSession, modelId: string, request: GenerateRequest): AsyncGenerator<TokenEvent> {
  const { signal } = request;
  if (signal?.aborted) throw new AbortError('Generation');
  const engine = session.loaded() ?? (await session.ensureLoaded(undefined, signal));
  const onAbort = () => engine.interruptGenerate();
  signal?.addEventListener('abort', onAbort, { once: true });
  const clock = createUsageClock();
  const scanner = createStopScanner(request.stop);
  try {
    let stream: AsyncIterable<Completion>;
    try {
      stream = await session.rounds(engine).create(completionRequest(modelId, request));
    } catch (err) {
      throw session.failure(err);
    }
    let relayed: Relayed;
    try {
      relayed = yield* relayChunks(stream, scanner, clock, signal);
    } catch (err) {
      throw session.failure(err);
    }
    if (signal?.aborted) throw new AbortError('Generation');
    // web-llm never says which stop string matched; what its final message trimmed off tells.
    const final = await engine.getMessage().catch(() => null);
    const stopString = relayed.finish === 'stop' ? trimmedStop(relayed.raw, final, request.stop) : null;
    const rest = scanner.end(stopPiecesToDrop(relayed.finish, stopString));
    if (rest) yield { type: 'token', text: rest };
    yield { type: 'done', finishReason: relayed.finish, stopString, usage: toUsage(relayed.usage, clock, relayed.pieces) };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** What a round's stream left once it ended: all the raw text, how it finished, web-llm's usage. */
interface Relayed {
  raw: string;
  finish: FinishReason;
  usage: Completion['usage'] | undefined;
  pieces: number;
}

/** Relays web-llm's chunks as token events (with their log-probability) until the stream ends or the signal aborts. */
async function* relayChunks(
  stream: AsyncIterable<Completion>,
  scanner: StopScanner,
  clock: ReturnType<typeof createUsageClock>,
  signal: AbortSignal | undefined,
): AsyncGenerator<TokenEvent, Relayed> {
  const relayed: Relayed = { raw: '', finish: 'stop', usage: undefined, pieces: 0 };
  for await (const chunk of stream) {
    if (signal?.aborted) break;
    if (chunk.usage) relayed.usage = chunk.usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.text) {
      relayed.raw += choice.text;
      relayed.pieces++;
      clock.piece();
      const scan = scanner.push(choice.text);
      if (scan.emit) {
        const lp = choice.logprobs?.content?.reduce((sum, t) => sum + t.logprob, 0);
        yield lp === undefined ? { type: 'token', text: scan.emit } : { type: 'token', text: scan.emit, logprob: lp };
      }
    }
    if (choice.finish_reason) relayed.finish = choice.finish_reason === 'length' ? 'length' : choice.finish_reason === 'abort' ? 'abort' : 'stop';
  }
  return relayed;
}

/** The stop string web-llm cut off the streamed `raw` text to give its `final` message (it may have streamed the start of it). */
function trimmedStop(raw: string, final: string | null, stops: readonly string[]): string | null {
  const tail = final !== null && raw.startsWith(final) ? raw.slice(final.length) : '';
  return tail ? (stops.find((s) => s.startsWith(tail)) ?? null) : null;
}

function completionRequest(modelId: string, r: GenerateRequest): CompletionCreateParamsStreaming {
  const req: CompletionCreateParamsStreaming = completionParams(modelId, r);
  // web-llm records log-probs only when top_logprobs > 0.
  if (r.logprobs) Object.assign(req, { logprobs: true, top_logprobs: 1 });
  return req;
}

function toUsage(u: Completion['usage'] | undefined, clock: ReturnType<typeof createUsageClock>, pieces: number): Usage {
  if (!u) return clock.finish({ promptTokens: 0, completionTokens: pieces });
  const measured = clock.finish({ promptTokens: u.prompt_tokens, completionTokens: u.completion_tokens });
  const extra: Partial<NonNullable<Completion['usage']>['extra']> | undefined = u.extra;
  return {
    ...measured,
    ...(extra?.prefill_tokens_per_s !== undefined ? { prefillTokensPerS: extra.prefill_tokens_per_s } : {}),
    ...(extra?.decode_tokens_per_s !== undefined ? { decodeTokensPerS: extra.decode_tokens_per_s } : {}),
    ...(extra?.time_to_first_token_s !== undefined ? { timeToFirstTokenMs: extra.time_to_first_token_s * 1000 } : {}),
    ...(extra?.e2e_latency_s !== undefined ? { totalMs: extra.e2e_latency_s * 1000 } : {}),
  };
}
