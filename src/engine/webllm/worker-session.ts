/**
 * The lifecycle of the model in web-llm's worker, apart from generation: load it once (concurrent
 * callers share the attempt, a failed attempt does not stick), check the GPU before any download,
 * stop a load by terminating the worker, and forget the model when the worker no longer holds it.
 * It is one closure because these four share the same four pieces of state (worker, client,
 * pending load, KV-cache tracker) and must reset them together.
 */
import { WebWorkerMLCEngine } from '@mlc-ai/web-llm';
import { AbortError, EngineUnavailableError } from '../../core/errors';
import type { LoadProgress } from '../../core/ports/llm-engine';
import { type ContinuationMode, type ContinuingCompletions, createContinuingCompletions } from './chat-continuation';
import { CONTINUATION_CONV_CONFIG } from './conv-template';
import { mapWebLlmError, splitWebLlmError } from './errors';
import type { CatalogModel } from './model-catalog';
import { createProgressTracker } from './progress';
import { checkWebGpu, type GpuLike } from './webgpu-check';

/** What the engine needs of a worker: a real `Worker`, or a test double speaking web-llm's protocol. */
export interface LlmWorkerLike {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- web-llm's own ChatWorker type
  onmessage: any;
  postMessage(message: unknown): void;
  terminate?(): void;
}

/** How to start the worker and load the model into it. */
export interface WorkerSessionOptions {
  createWorker: () => LlmWorkerLike;
  cacheBackend?: 'cache' | 'indexeddb' | 'opfs';
  contextWindow?: number;
  gpu?: GpuLike;
  skipGpuCheck?: boolean;
  continuation: ContinuationMode;
}

/** The loaded model behind an engine: load it, reach it, forget it. */
export interface WorkerSession {
  /** The loaded web-llm client, loading the model first unless a load is already under way. */
  ensureLoaded(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<WebWorkerMLCEngine>;
  /** The loaded client, or null (interrupting must never start a load). */
  loaded(): WebWorkerMLCEngine | null;
  /** What `engine`'s KV cache holds between rounds (a new load starts empty). */
  rounds(engine: WebWorkerMLCEngine): ContinuingCompletions;
  /** Our error for a web-llm failure; when it means the model left the worker, forgets it so the next load loads again. */
  failure(err: unknown): Error;
  /** Unloads the model and terminates the worker. */
  unload(): Promise<void>;
}

/** web-llm errors after which the worker no longer holds a loaded model. */
const MODEL_GONE = new Set(['DeviceLostError', 'ModelNotLoadedError', 'WorkerEngineModelNotLoadedError', 'EngineNotLoadedError']);

/** Starts no worker until the first `ensureLoaded`. */
export function createWorkerSession(model: CatalogModel, options: WorkerSessionOptions): WorkerSession {
  let client: WebWorkerMLCEngine | null = null;
  let worker: LlmWorkerLike | null = null;
  let loading: Promise<WebWorkerMLCEngine> | null = null;
  let rounds: ContinuingCompletions | null = null;

  function stopWorker(): void {
    worker?.terminate?.();
    [worker, client, loading, rounds] = [null, null, null, null];
  }

  async function loadOnce(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<WebWorkerMLCEngine> {
    if (signal?.aborted) throw new AbortError('Loading the model');
    if (!options.skipGpuCheck) await assertGpuFits(options.gpu, model);
    if (signal?.aborted) throw new AbortError('Loading the model');
    const track = createProgressTracker();
    worker = options.createWorker();
    const engine = new WebWorkerMLCEngine(worker, {
      appConfig: { model_list: [model.record], ...(options.cacheBackend ? { cacheBackend: options.cacheBackend } : {}) },
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
      await Promise.race([engine.reload(model.id, chatOptions(options.contextWindow, options.continuation)), aborted]);
      client = engine;
      rounds = createContinuingCompletions(engine, options.continuation);
      return engine;
    } catch (err) {
      stopWorker();
      throw mapWebLlmError(err, model.id);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    ensureLoaded(onProgress, signal) {
      if (loading) return loading;
      const attempt = loadOnce(onProgress, signal);
      loading = attempt;
      // A failed load must not stick: the next call tries again.
      attempt.catch(() => {
        if (loading === attempt) loading = null;
      });
      return attempt;
    },
    loaded: () => client,
    rounds: (engine) => (rounds ??= createContinuingCompletions(engine, options.continuation)),
    failure(err) {
      // A lost GPU device unloads the model in web-llm's worker: forget it, so the next load() loads again.
      if (MODEL_GONE.has(splitWebLlmError(err).name)) stopWorker();
      return mapWebLlmError(err, model.id);
    },
    async unload() {
      const c = client;
      if (c) await c.unload().catch(() => undefined);
      stopWorker();
    },
  };
}

/** Fails before any download when this GPU cannot run the model, naming one that fits. */
async function assertGpuFits(given: GpuLike | undefined, model: CatalogModel): Promise<void> {
  const gpu = given ?? (globalThis as { navigator?: { gpu?: GpuLike } }).navigator?.gpu;
  const report = await checkWebGpu(gpu, model);
  if (report.ok) return;
  const reason = report.problems
    .filter((p) => p.severity === 'blocker')
    .map((p) => p.sentence.replace(/\.$/, ''))
    .join('; ');
  const advice = report.suggestion ? `Try ${report.suggestion.modelId} (${report.suggestion.reason}).` : 'The WebGPU report in the models panel lists what this machine offers.';
  throw new EngineUnavailableError('web-llm', reason, advice);
}

/** Load-time options: the context window, and the text-appender template the chat continuation needs. */
function chatOptions(contextWindow: number | undefined, continuation: ContinuationMode) {
  const opts = { ...(contextWindow ? { context_window_size: contextWindow } : {}), ...(continuation === 'chat' ? { conv_config: CONTINUATION_CONV_CONFIG } : {}) };
  return Object.keys(opts).length > 0 ? opts : undefined;
}
