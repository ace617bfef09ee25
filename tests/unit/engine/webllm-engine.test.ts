import { describe, expect, test, vi } from 'vitest';
import type { GenerateRequest, LlmEngine, LoadProgress, TokenEvent } from '../../../src/core/ports/llm-engine';
import { createWebLlmEngine } from '../../../src/engine/webllm/webllm-engine';
import { customModel, findModel } from '../../../src/engine/webllm/model-catalog';

/** A 7B model with an f32 twin: the pre-load check has a twin to name. */
const MODEL_7B = 'Qwen2-Math-7B-Instruct-q4f16_1-MLC';
import { FakeGpuAdapter, fakeGpu } from './support/fake-gpu';
import { FakeMlcWorker, type FakeMlcOptions } from './support/fake-mlc-worker';

const STOP = ['```output', '<|im_end|>'];
const SOLUTION = 'Let me compute.\n```python\nprint(2+2)\n```\n```output\n4\n```\nSo \\boxed{4}.';

function setup(options: Partial<FakeMlcOptions> = {}, model: Parameters<typeof createWebLlmEngine>[0]['model'] = MODEL_7B) {
  const workers: FakeMlcWorker[] = [];
  const engine = createWebLlmEngine({
    model,
    gpu: fakeGpu(),
    // FakeMlcWorker speaks the raw-prompt protocol; the chat continuation runs web-llm's real pipeline in webllm-pipeline/.
    continuation: 'completions',
    createWorker: () => {
      const w = new FakeMlcWorker({ script: () => ({ text: SOLUTION }), ...options });
      workers.push(w);
      return w;
    },
  });
  return { engine, workers, worker: () => workers.at(-1)! };
}

function req(over: Partial<GenerateRequest> = {}): GenerateRequest {
  return { prompt: '<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n', stop: STOP, maxTokens: 256, ...over };
}

async function collect(engine: LlmEngine, r: GenerateRequest, onToken?: (count: number) => void) {
  const events: TokenEvent[] = [];
  for await (const e of engine.generate(r)) {
    events.push(e);
    if (e.type === 'token') onToken?.(events.length);
  }
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('no done event');
  return { events, text: events.flatMap((e) => (e.type === 'token' ? [e.text] : [])).join(''), done };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error,
  );
}

describe('createWebLlmEngine', () => {
  describe('should load through the web-llm worker protocol', () => {
    test('for typed progress with phases, bytes and time left', async () => {
      const { engine, worker } = setup({
        progress: [
          { progress: 0, timeElapsed: 0, text: 'Start to fetch params' },
          { progress: 0.1, timeElapsed: 2, text: 'Fetching param cache[1/10]: 430MB fetched. 10% completed, 2 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.' },
          { progress: 0.5, timeElapsed: 10, text: 'Fetching param cache[5/10]: 2150MB fetched. 50% completed, 10 secs elapsed. It can take a while…' },
          { progress: 0.5, timeElapsed: 11, text: 'Loading GPU shader modules[40/80]: 50% completed, 11 secs elapsed.' },
          { progress: 1, timeElapsed: 12, text: 'Finish loading on WebGPU - nvidia' },
        ],
      });
      const progress: LoadProgress[] = [];
      await engine.load((p) => progress.push(p));
      expect(progress.map((p) => p.phase)).toEqual(['fetch', 'fetch', 'fetch', 'compile', 'ready']);
      expect(progress[2]).toMatchObject({ progress: 0.5, bytesLoaded: 2150 * 2 ** 20, bytesTotal: 4300 * 2 ** 20, secondsLeft: 10 });
      expect(progress[4]).toMatchObject({ progress: 1, secondsLeft: 0 });
      const reload = worker().received.find((m) => m.kind === 'reload');
      expect(reload?.content).toMatchObject({ modelId: [MODEL_7B] });
      const appConfig = worker().received.find((m) => m.kind === 'setAppConfig')?.content as { model_list: { model_id: string; model_lib: string }[] };
      expect(appConfig.model_list).toEqual([findModel(MODEL_7B)!.record]);
      expect(engine.info).toMatchObject({ kind: 'webllm', model: MODEL_7B, family: 'qwen2', quantization: 'q4f16_1', isRecording: false });
    });

    test('for a custom self-hosted model record', async () => {
      const model = customModel({ modelUrl: 'http://127.0.0.1:8000/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/', modelLibUrl: 'http://127.0.0.1:8000/lib/qwen2-7b-q4f16_1-webgpu.wasm' });
      const { engine, worker } = setup({}, model);
      await engine.load();
      const appConfig = worker().received.find((m) => m.kind === 'setAppConfig')?.content as { model_list: unknown[] };
      expect(appConfig.model_list).toEqual([
        { model: 'http://127.0.0.1:8000/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/', model_id: 'Qwen2.5-Math-7B-Instruct-q4f16_1-MLC', model_lib: 'http://127.0.0.1:8000/lib/qwen2-7b-q4f16_1-webgpu.wasm', overrides: { context_window_size: 4096 } },
      ]);
      expect(engine.info.family).toBe('qwen2.5-math');
    });

    test('for a cancelled load (the worker is terminated)', async () => {
      const { engine, worker } = setup({ reloadHangs: true });
      const controller = new AbortController();
      const loading = engine.load(undefined, controller.signal);
      // Abort once the load is under way in the worker, not before it got there.
      await vi.waitFor(() => expect(worker().kinds()).toContain('reload'));
      controller.abort();
      expect((await rejection(loading)).name).toBe('AbortError');
      expect(worker().terminated).toBe(true);
    });
  });

  describe('should check the GPU before any download', () => {
    test.each([
      ['no adapter', fakeGpu(null), /no GPU adapter/, /WebGPU report/],
      ['no shader-f16', fakeGpu(new FakeGpuAdapter({ features: [] })), /shader-f16/, /Try Qwen2-Math-7B-Instruct-q4f32_1-MLC/],
    ])('for %s (no worker is started)', async (_what, gpu, reason, advice) => {
      let started = 0;
      const engine = createWebLlmEngine({ model: MODEL_7B, gpu, createWorker: () => (started++, new FakeMlcWorker({ script: () => ({ text: '' }) })) });
      const err = await rejection(engine.load());
      expect(err.name).toBe('EngineUnavailableError');
      expect(err.message).toMatch(reason);
      expect(err.message).toMatch(advice);
      expect(started).toBe(0);
    });
  });

  describe('should stream a raw-prompt completion', () => {
    test('for text up to the stop string, with the prefix web-llm streamed before trimming held back', async () => {
      const { engine, worker } = setup();
      await engine.load();
      const { text, done } = await collect(engine, req({ temperature: 0.7, topP: 0.95, seed: 3 }));
      expect(text).toBe('Let me compute.\n```python\nprint(2+2)\n```\n');
      expect(done).toMatchObject({ finishReason: 'stop', stopString: '```output' });
      const init = worker().received.find((m) => m.kind === 'completionStreamInit')?.content as { request: Record<string, unknown> };
      expect(init.request).toEqual({ model: MODEL_7B, prompt: req().prompt, stream: true, stream_options: { include_usage: true }, max_tokens: 256, stop: STOP, temperature: 0.7, top_p: 0.95, seed: 3 });
    });

    test('for the usage web-llm reports, prompt tokens re-prefilled every round', async () => {
      const { engine } = setup({ script: (r) => ({ text: 'ok', promptTokens: r.prompt.length }) });
      const first = await collect(engine, req());
      const continued = `${req().prompt}ok\n\`\`\`output\n4\n\`\`\`\n`;
      const second = await collect(engine, req({ prompt: continued }));
      expect(first.done.usage).toMatchObject({ promptTokens: req().prompt.length, completionTokens: 1, prefillTokensPerS: 400, decodeTokensPerS: 30, timeToFirstTokenMs: 100, totalMs: 500 });
      expect(second.done.usage.promptTokens).toBe(continued.length);
    });

    test('for log-probabilities and max tokens', async () => {
      const { engine, worker } = setup();
      const { events, done } = await collect(engine, req({ logprobs: true, maxTokens: 3 }));
      expect(events.filter((e) => e.type === 'token')).toEqual([
        { type: 'token', text: 'Let', logprob: -0.25 },
        { type: 'token', text: ' me', logprob: -0.25 },
        { type: 'token', text: ' compute', logprob: -0.25 },
      ]);
      expect(done).toMatchObject({ finishReason: 'length', stopString: null });
      const init = worker().received.find((m) => m.kind === 'completionStreamInit')?.content as { request: Record<string, unknown> };
      expect(init.request).toMatchObject({ logprobs: true, top_logprobs: 1 });
    });
  });

  describe('should stop cooperatively', () => {
    test('for interrupt() (finish reason abort, the model stays loaded)', async () => {
      const { engine, worker } = setup();
      let tokens = 0;
      const { done } = await collect(engine, req(), () => {
        if (++tokens === 2) engine.interrupt();
      });
      expect(done.finishReason).toBe('abort');
      expect(worker().kinds()).toContain('interruptGenerate');
      expect(worker().kinds()).not.toContain('unload');
      expect((await collect(engine, req())).done.finishReason).toBe('stop');
    });

    test('for an AbortSignal (AbortError, the stream closed)', async () => {
      const { engine, worker } = setup();
      const controller = new AbortController();
      const err = await rejection(collect(engine, req({ signal: controller.signal }), () => controller.abort()));
      expect(err.name).toBe('AbortError');
      expect(worker().kinds()).toEqual(expect.arrayContaining(['interruptGenerate', 'completionStreamReturn']));
    });

    test('for a failed load followed by a retry in a fresh worker', async () => {
      const workers: FakeMlcWorker[] = [];
      const engine = createWebLlmEngine({
        model: MODEL_7B,
        gpu: fakeGpu(),
        continuation: 'completions',
        createWorker: () => {
          const w = new FakeMlcWorker({ script: () => ({ text: 'ok' }), ...(workers.length === 0 ? { reloadError: 'TypeError: Failed to fetch' } : {}) });
          workers.push(w);
          return w;
        },
      });
      expect((await rejection(engine.load())).name).toBe('ModelLoadError');
      await engine.load();
      expect(workers.map((w) => w.terminated)).toEqual([true, false]);
      expect((await collect(engine, req())).text).toBe('ok');
    });

    test('for unload (the worker is terminated)', async () => {
      const { engine, worker } = setup();
      await engine.load();
      await engine.unload();
      expect(worker().kinds()).toContain('unload');
      expect(worker().terminated).toBe(true);
    });
  });

  describe('should map errors that crossed the worker as strings', () => {
    test.each([
      ['DeviceLostError: The WebGPU device was lost while loading the model.', 'EngineUnavailableError', /GPU memory.*Qwen2.5-Math-1.5B/],
      ['WebGPUNotAvailableError: WebGPU is not supported in your current environment', 'EngineUnavailableError', /no WebGPU/],
      ['ShaderF16SupportError: This model requires WebGPU extension shader-f16', 'EngineUnavailableError', /shader-f16.*Pick Qwen2-Math-7B-Instruct-q4f32_1-MLC/],
      ['Error: Unable to find a compatible GPU. This issue might be', 'EngineUnavailableError', /no usable GPU adapter/],
      ['Error: Cannot initialize runtime because of requested maxStorageBufferBindingSize exceeds limit. requested=128MB, limit=64MB.', 'EngineUnavailableError', /maxStorageBufferBindingSize/],
      ['TypeError: Failed to fetch', 'ModelLoadError', /download failed/],
    ])('for a reload failing with %s', async (thrown, name, message) => {
      const { engine } = setup({ reloadError: thrown });
      const err = await rejection(engine.load());
      expect(err.name).toBe(name);
      expect(err.message).toMatch(message);
    });

    test('for a prompt longer than the context window', async () => {
      const { engine } = setup({
        script: () => ({ throws: 'ContextWindowSizeExceededError: Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096\nConsider shortening the prompt' }),
      });
      const err = (await rejection(collect(engine, req()))) as Error & { promptTokens?: number; windowTokens?: number };
      expect(err).toMatchObject({ name: 'ContextWindowError', promptTokens: 5000, windowTokens: 4096 });
    });

    test('for an unknown model id', () => {
      expect(() => createWebLlmEngine({ model: 'Nope-7B', createWorker: () => new FakeMlcWorker({ script: () => ({ text: '' }) }) })).toThrow(/no record of this model id/);
    });
  });
});
