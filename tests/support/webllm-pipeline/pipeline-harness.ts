/**
 * The web-llm boundary harness: our `createWebLlmEngine` (the page side, with web-llm's real
 * `WebWorkerMLCEngine` client) talking to PipelineWorker (web-llm's real handler, engine and
 * `LLMChatPipeline`, GPU kernels faked by FakeTvm) with ScriptedModel as the weights and a real Qwen
 * tokenizer. It records, per `generate` call, what was prefilled, so tests and the bench can compare
 * it with the minimum.
 */
import type { GenerateRequest, LlmEngine } from '../../../src/core/ports/llm-engine';
import { buildPrompt, type PromptFamily, type PromptFormat } from '../../../src/core/prompt';
import type { Method } from '../../../src/core/transcript';
import type { ContinuationMode } from '../../../src/engine/webllm/chat-continuation';
import { createWebLlmEngine } from '../../../src/engine/webllm/webllm-engine';
import { fakeGpu } from '../../unit/engine/support/fake-gpu';
import { PipelineWorker } from './pipeline-worker';
import { createScriptedModel, type ScriptedModel, type ScriptRound } from './scripted-model';
import { loadQwenTokenizer, type TokenizerLike } from './web-llm-internals';

/** What one `generate` call made web-llm prefill. */
export interface PrefillRecord {
  /** The raw prompt the loop sent. */
  prompt: string;
  /** The text prefilled into the KV cache for this call. */
  text: string;
  /** Its token count, as forwarded to the (fake) kernels. */
  tokens: number;
  /** The prompt tokens web-llm reported in its usage. */
  usagePromptTokens: number | null;
  /** How many times web-llm cleared the KV cache during the call (1 = a fresh request). */
  clears: number;
}

export interface HarnessOptions {
  question: string;
  rounds: readonly ScriptRound[];
  /** Other solutions the model may write from the same prompt (e.g. after a cell was edited). */
  alternatives?: readonly (readonly ScriptRound[])[];
  method?: Method;
  family?: PromptFamily;
  continuation?: ContinuationMode;
  model?: string;
  /** The context window to load the model with (web-llm's `context_window_size`). */
  contextWindow?: number;
}

export interface PipelineHarness {
  /** Our web-llm engine, observed (each `generate` is recorded in `prefills`). */
  engine: LlmEngine;
  worker: PipelineWorker;
  model: ScriptedModel;
  format: PromptFormat;
  tokenizer: TokenizerLike;
  prefills: PrefillRecord[];
  /** Token count of a text, with the real tokenizer. */
  count(text: string): number;
}

/** Builds the harness for one scripted solution; `engine` is not loaded yet. */
export async function createPipelineHarness(options: HarnessOptions): Promise<PipelineHarness> {
  const tokenizer = await loadQwenTokenizer();
  const format = buildPrompt(options.question, options.family ?? 'qwen2.5-math', options.method ?? 'lce');
  const model = createScriptedModel(tokenizer, format.prompt, [options.rounds, ...(options.alternatives ?? [])]);
  const worker = await PipelineWorker.create({ nextToken: (kv) => model.nextToken(kv) });
  const inner = createWebLlmEngine({
    model: options.model ?? 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC',
    // A capable GPU for the pre-load check (the fake kernels need none).
    gpu: fakeGpu(),
    createWorker: () => worker,
    ...(options.continuation ? { continuation: options.continuation } : {}),
    ...(options.contextWindow ? { contextWindow: options.contextWindow } : {}),
  });
  const prefills: PrefillRecord[] = [];
  const count = (text: string) => tokenizer.encode(text).length;

  async function* generate(request: GenerateRequest) {
    const tvm = worker.tvm;
    const from = tvm?.forwards.length ?? 0;
    const clearsBefore = tvm?.clears.count ?? 0;
    const record: PrefillRecord = { prompt: request.prompt, text: '', tokens: 0, usagePromptTokens: null, clears: 0 };
    prefills.push(record);
    try {
      for await (const event of inner.generate(request)) {
        if (event.type === 'done') record.usagePromptTokens = event.usage.promptTokens;
        yield event;
      }
    } finally {
      const now = worker.tvm;
      if (now) {
        // The prefill is every forward of this call up to the first one that was sampled.
        const mine = now === tvm ? now.forwards.slice(from) : now.forwards;
        const end = mine.findIndex((f) => f.picked !== null);
        const ids = mine.slice(0, end === -1 ? mine.length : end + 1).flatMap((f) => f.tokens);
        record.tokens = ids.length;
        record.text = tokenizer.decode(Int32Array.from(ids));
        record.clears = now.clears.count - (now === tvm ? clearsBefore : 0);
      }
    }
  }

  const engine: LlmEngine = {
    info: inner.info,
    load: (onProgress, signal) => inner.load(onProgress, signal),
    generate,
    interrupt: () => inner.interrupt(),
    unload: () => inner.unload(),
  };
  return { engine, worker, model, format, tokenizer, prefills, count };
}

/**
 * Tokens prefilled over a solution divided by the minimum (the prompt once, then only what was
 * neither prefilled nor sampled before: each injected output). 1.0 means nothing was prefilled twice.
 */
export function prefillRatio(harness: PipelineHarness): number {
  const minimum = harness.model.minimalPrefills.reduce((sum, text) => sum + harness.count(text), 0);
  const prefilled = harness.prefills.reduce((sum, p) => sum + p.tokens, 0);
  return prefilled / minimum;
}
