/**
 * PipelineWorker — web-llm's real worker side, in-process: its `WebWorkerMLCEngineHandler` (the
 * class workers/llm.worker.ts runs) with its `MLCEngine` and a real `LLMChatPipeline`, reached by
 * the page's real `WebWorkerMLCEngine` client through a message channel that clones every message as
 * `postMessage` does. Only loading is replaced (there are no weights, library or GPU to fetch): the
 * engine's `reloadInternal` builds the pipeline over FakeTvm, a real Qwen tokenizer and an
 * `mlc-chat-config.json` fixture, with the page's `chatOpts` merged in as web-llm merges them.
 */
import { readFileSync } from 'node:fs';
import type { LlmWorkerLike } from '../../../src/engine/webllm/webllm-engine';
import { createFakeTvm, type FakeTvm, type NextToken } from './fake-tvm';
import { loadQwenTokenizer, loadWebLlmInternals, type HandlerLike, type TokenizerLike, type WebLlmInternals } from './web-llm-internals';

const CHAT_CONFIG = new URL('../../fixtures/webllm/qwen2.5-math-1.5b-instruct-mlc-chat-config.json', import.meta.url);

/** The fixture's `mlc-chat-config.json`. */
export function qwenChatConfig(): Record<string, unknown> & { vocab_size: number } {
  return JSON.parse(readFileSync(CHAT_CONFIG, 'utf8')) as Record<string, unknown> & { vocab_size: number };
}

export interface PipelineWorkerOptions {
  /** The model behind the fake kernels (see ScriptedModel). */
  nextToken: NextToken;
}

/** A worker whose other side is web-llm's real handler, engine and pipeline (GPU kernels faked). */
export class PipelineWorker implements LlmWorkerLike {
  onmessage: ((event: unknown) => void) | null = null;
  terminated = false;
  /** The fake runtime of the pipeline loaded last (its forwards are the prefill/decode record). */
  tvm: FakeTvm | null = null;
  /** The kinds of the messages the page sent, in order. */
  readonly kinds: string[] = [];
  /** The `chatOpts` of each reload. */
  readonly reloads: Record<string, unknown>[] = [];

  private constructor(
    private readonly handler: HandlerLike,
    private readonly internals: WebLlmInternals,
    private readonly tokenizer: TokenizerLike,
    private readonly options: PipelineWorkerOptions,
  ) {
    handler.postMessage = (msg) => this.reply(msg);
    handler.engine.reloadInternal = (modelId, chatOpts) => this.reload(modelId, chatOpts);
  }

  /** Starts the handler with the shared Qwen tokenizer. */
  static async create(options: PipelineWorkerOptions): Promise<PipelineWorker> {
    const internals = await loadWebLlmInternals();
    const tokenizer = await loadQwenTokenizer();
    return new PipelineWorker(new internals.WebWorkerMLCEngineHandler(), internals, tokenizer, options);
  }

  postMessage(message: unknown): void {
    if (this.terminated) return;
    const msg = structuredClone(message) as { kind: string };
    this.kinds.push(msg.kind);
    setTimeout(() => this.handler.onmessage(msg), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private reply(message: unknown): void {
    if (this.terminated) return;
    const data = structuredClone(message);
    setTimeout(() => this.onmessage?.(new MessageEvent('message', { data })), 0);
  }

  // Mirrors MLCEngine.reloadInternal's bookkeeping; the config is the fixture + record overrides + chatOpts.
  private async reload(modelId: string, chatOpts?: Record<string, unknown>): Promise<void> {
    const engine = this.handler.engine;
    const record = engine.appConfig?.model_list.find((m) => m.model_id === modelId);
    const config = { ...qwenChatConfig(), ...record?.overrides, ...chatOpts };
    this.reloads.push(chatOpts ?? {});
    this.tvm = createFakeTvm({ nextToken: this.options.nextToken, vocabSize: config.vocab_size, prefillChunkSize: config.prefill_chunk_size as number });
    engine.loadedModelIdToModelType.set(modelId, 0);
    engine.loadedModelIdToChatConfig.set(modelId, config);
    // The tokenizer is shared across reloads: the pipeline disposes its own on unload.
    const tokenizer = Object.create(this.tokenizer, { dispose: { value: () => undefined } }) as TokenizerLike;
    const pipeline = new this.internals.LLMChatPipeline(this.tvm.tvm, tokenizer, config);
    await pipeline.asyncLoadWebGPUPipelines();
    engine.loadedModelIdToPipeline.set(modelId, pipeline);
    engine.loadedModelIdToLock.set(modelId, new this.internals.CustomLock());
  }
}
