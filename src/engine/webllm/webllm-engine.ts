/**
 * `LlmEngine` over web-llm running in workers/llm.worker.ts. Each round's raw prompt (from
 * src/core/prompt) goes through chat-continuation.ts: after a round that ended on its stop string,
 * only the injected execution output is prefilled (web-llm's chat API with a text-appender
 * template); otherwise the whole prompt is, as `completions.create` (the fallback mode) does every
 * round. `usage.promptTokens` per round is what was prefilled.
 */
import { WebWorkerMLCEngine, type Completion, type CompletionCreateParamsStreaming } from '@mlc-ai/web-llm';
import { AbortError, EngineUnavailableError } from '../../core/errors';
import type { FinishReason, GenerateRequest, LlmEngine, LoadProgress, TokenEvent, Usage } from '../../core/ports/llm-engine';
import { completionParams } from '../shared/completion-params';
import { createStopScanner, stopPiecesToDrop } from '../../core/lce/stop-scanner';
import { createUsageClock } from '../shared/usage-clock';
import { type ContinuationMode, type ContinuingCompletions, createContinuingCompletions } from './chat-continuation';
import { CONTINUATION_CONV_CONFIG } from './conv-template';
import { mapWebLlmError, splitWebLlmError } from './errors';
import { type CatalogModel, findModel } from './model-catalog';
import { createProgressTracker } from './progress';
import { checkWebGpu, type GpuLike } from './webgpu-check';

/** What the engine needs of a worker: a real `Worker`, or a test double speaking web-llm's protocol. */
export interface LlmWorkerLike {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- web-llm's own ChatWorker type
  onmessage: any;
  postMessage(message: unknown): void;
  terminate?(): void;
}

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

/** web-llm errors after which the worker no longer holds a loaded model. */
const MODEL_GONE = new Set(['DeviceLostError', 'ModelNotLoadedError', 'WorkerEngineModelNotLoadedError', 'EngineNotLoadedError']);

/** Creates the page-side engine; nothing loads until `load()`. */
export function createWebLlmEngine(options: WebLlmEngineOptions): LlmEngine {
  const model = typeof options.model === 'string' ? findModel(options.model) : options.model;
  if (!model) throw mapWebLlmError(`ModelNotFoundError: ${String(options.model)}`, String(options.model));
  let client: WebWorkerMLCEngine | null = null;
  let worker: LlmWorkerLike | null = null;
  let loading: Promise<WebWorkerMLCEngine> | null = null;
  const continuation = options.continuation ?? 'chat';
  // What the loaded model's KV cache holds between rounds; a new load starts empty.
  let rounds: ContinuingCompletions | null = null;

  function stopWorker(): void {
    worker?.terminate?.();
    [worker, client, loading, rounds] = [null, null, null, null];
  }

  async function loadOnce(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<WebWorkerMLCEngine> {
    if (signal?.aborted) throw new AbortError('Loading the model');
    if (!options.skipGpuCheck) await preflight();
    if (signal?.aborted) throw new AbortError('Loading the model');
    const track = createProgressTracker();
    worker = options.createWorker();
    const engine = new WebWorkerMLCEngine(worker, {
      appConfig: { model_list: [model!.record], ...(options.cacheBackend ? { cacheBackend: options.cacheBackend } : {}) },
      initProgressCallback: (report) => onProgress?.(track(report)),
    });
    // Terminating the worker is the only way to stop a download or shader compilation midway.
    let rejectAbort: (err: Error) => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => (rejectAbort = reject));
    const onAbort = () => {
      stopWorker();
      rejectAbort(new AbortError('Loading the model'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.race([engine.reload(model!.id, chatOptions(options.contextWindow, continuation)), aborted]);
      client = engine;
      rounds = createContinuingCompletions(engine, continuation);
      return engine;
    } catch (err) {
      stopWorker();
      throw mapWebLlmError(err, model!.id);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  // Fail before any download when this GPU cannot run the model, naming one that fits.
  async function preflight(): Promise<void> {
    const gpu = options.gpu ?? (globalThis as { navigator?: { gpu?: GpuLike } }).navigator?.gpu;
    const report = await checkWebGpu(gpu, model!);
    if (report.ok) return;
    const reason = report.problems
      .filter((p) => p.severity === 'blocker')
      .map((p) => p.sentence.replace(/\.$/, ''))
      .join('; ');
    const advice = report.suggestion ? `Try ${report.suggestion.modelId} (${report.suggestion.reason}).` : 'The WebGPU report in the models panel lists what this machine offers.';
    throw new EngineUnavailableError('web-llm', reason, advice);
  }

  function ensureLoaded(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<WebWorkerMLCEngine> {
    if (loading) return loading;
    const attempt = loadOnce(onProgress, signal);
    loading = attempt;
    // A failed load must not stick: the next call tries again.
    attempt.catch(() => {
      if (loading === attempt) loading = null;
    });
    return attempt;
  }

  // A lost GPU device unloads the model in web-llm's worker: forget it, so the next load() loads again.
  function modelFailure(err: unknown): Error {
    if (MODEL_GONE.has(splitWebLlmError(err).name)) stopWorker();
    return mapWebLlmError(err, model!.id);
  }

  async function* generate(request: GenerateRequest): AsyncGenerator<TokenEvent> {
    const { signal } = request;
    if (signal?.aborted) throw new AbortError('Generation');
    const engine = client ?? (await ensureLoaded(undefined, signal));
    const onAbort = () => engine.interruptGenerate();
    signal?.addEventListener('abort', onAbort, { once: true });
    const clock = createUsageClock();
    const scanner = createStopScanner(request.stop);
    let raw = '';
    let finish: FinishReason = 'stop';
    let usage: Completion['usage'] | undefined;
    let pieces = 0;
    try {
      let stream: AsyncIterable<Completion>;
      try {
        rounds ??= createContinuingCompletions(engine, continuation);
        stream = await rounds.create(completionRequest(model!.id, request));
      } catch (err) {
        throw modelFailure(err);
      }
      try {
        for await (const chunk of stream) {
          if (signal?.aborted) break;
          if (chunk.usage) usage = chunk.usage;
          const choice = chunk.choices[0];
          if (!choice) continue;
          if (choice.text) {
            raw += choice.text;
            pieces++;
            clock.piece();
            const scan = scanner.push(choice.text);
            if (scan.emit) {
              const lp = choice.logprobs?.content?.reduce((sum, t) => sum + t.logprob, 0);
              yield lp === undefined ? { type: 'token', text: scan.emit } : { type: 'token', text: scan.emit, logprob: lp };
            }
          }
          if (choice.finish_reason) finish = choice.finish_reason === 'length' ? 'length' : choice.finish_reason === 'abort' ? 'abort' : 'stop';
        }
      } catch (err) {
        throw modelFailure(err);
      }
      if (signal?.aborted) throw new AbortError('Generation');
      // web-llm never says which stop string matched; what its final message trimmed off tells.
      const final = await engine.getMessage().catch(() => null);
      const stopString = finish === 'stop' ? trimmedStop(raw, final, request.stop) : null;
      const rest = scanner.end(stopPiecesToDrop(finish, stopString));
      if (rest) yield { type: 'token', text: rest };
      yield { type: 'done', finishReason: finish, stopString, usage: toUsage(usage, clock, pieces) };
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    info: { kind: 'webllm', model: model.id, family: model.family, quantization: model.quantization, isRecording: false, contextWindow: options.contextWindow ?? model.contextWindow },
    async load(onProgress, signal) {
      await ensureLoaded(onProgress, signal);
    },
    generate,
    interrupt() {
      client?.interruptGenerate();
    },
    async unload() {
      const c = client;
      if (c) await c.unload().catch(() => undefined);
      stopWorker();
    },
  };
}

/** Load-time options: the context window, and the text-appender template the chat continuation needs. */
function chatOptions(contextWindow: number | undefined, continuation: ContinuationMode) {
  const opts = { ...(contextWindow ? { context_window_size: contextWindow } : {}), ...(continuation === 'chat' ? { conv_config: CONTINUATION_CONV_CONFIG } : {}) };
  return Object.keys(opts).length > 0 ? opts : undefined;
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
