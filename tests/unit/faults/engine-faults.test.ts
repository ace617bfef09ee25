/**
 * Engine faults during a solve, through the public APIs only (`solve()` with the engines'
 * factories, the real loop and the real Node Pyodide runner). Each fault must end the solution with
 * a reason — keeping what was already written and run — and the next solve on the same engine must
 * work. The edges we cannot reach here are doubles: the LLM server is the ScriptedOpenAiServer on a
 * real local socket; the GPU is FakeMlcWorker (web-llm's worker protocol) and FakeGpuAdapter.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { solve, type SolveOptions } from '../../../src/core/lce';
import type { SolveEvent, SolveResult } from '../../../src/core/lce/events';
import type { LlmEngine } from '../../../src/core/ports/llm-engine';
import { createOpenAiEngine } from '../../../src/engine/openai/openai-engine';
import { createWebLlmEngine } from '../../../src/engine/webllm/webllm-engine';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptReply, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';
import type { GpuLike } from '../../../src/engine/webllm/webgpu-check';
import { FakeGpuAdapter, fakeGpu } from '../engine/support/fake-gpu';
import { FakeMlcWorker, type FakeMlcOptions, type FakeReply } from '../engine/support/fake-mlc-worker';
import { useTestRunner } from '../sandbox/shared-runner';

const runner = useTestRunner();
const servers: ScriptedOpenAiServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

const PROGRAM = 'Compute it.\n```python\nprint(6 * 7)\n```\n```output\n';
/** A healthy model: one program, then the answer it printed — right only if real output came back. */
const healthy = (prompt: string): string => (lastOutputIn(prompt) === '42' ? 'So the answer is \\boxed{42}.' : PROGRAM);

interface Solved {
  result: SolveResult;
  errors: { name: string; message: string }[];
  events: SolveEvent[];
}

async function solveOnce(engine: LlmEngine, options: Partial<SolveOptions> = {}): Promise<Solved> {
  const events: SolveEvent[] = [];
  for await (const e of solve({ id: 'q', question: 'What is 6 times 7?' }, { engine, runner, method: 'lce', ...options })) events.push(e);
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('the solve did not end with a done event');
  return { result: done.result, events, errors: events.flatMap((e) => (e.type === 'error' ? [e.error] : [])) };
}

function expectWorking({ result, errors }: Solved): void {
  expect(errors).toEqual([]);
  expect(result).toMatchObject({ stopReason: 'answered', answer: '42' });
}

/** A server whose first completion request (or the one numbered `at`) misbehaves as `fault`, then is healthy. */
async function serverFailingOnce(fault: ScriptReply['fail'], at = 0, options: { port?: number } = {}) {
  const server = await startScriptedOpenAiServer({
    ...options,
    script: ({ prompt, index }) => (index === at ? ({ text: `${healthy(prompt)} and some more words to stream`, fail: fault } satisfies ScriptReply) : healthy(prompt)),
  });
  servers.push(server);
  return { server, engine: createOpenAiEngine({ baseUrl: server.baseUrl, model: 'qwen2.5-math-1.5b-instruct' }) };
}

describe('a solve over an OpenAI-compatible server', () => {
  describe('should end with the engine’s reason and leave the next solve working', () => {
    test('for a refused connection (the server is down, then started)', async () => {
      const probe = await startScriptedOpenAiServer({ script: () => '' });
      const port = Number(new URL(probe.baseUrl).port);
      await probe.close();
      const engine = createOpenAiEngine({ baseUrl: probe.baseUrl, model: 'qwen2.5-math-1.5b-instruct' });
      const down = await solveOnce(engine);
      expect(down.result).toMatchObject({ stopReason: 'error', blocks: [] });
      expect(down.errors).toEqual([{ name: 'EngineRequestError', message: expect.stringMatching(/connection refused/) }]);
      servers.push(await startScriptedOpenAiServer({ port, script: ({ prompt }) => healthy(prompt) }));
      expectWorking(await solveOnce(engine));
    });

    test('for HTTP 500 on the second round, after a cell ran (round one and its output are kept)', async () => {
      const { engine } = await serverFailingOnce('http-500', 1);
      const failed = await solveOnce(engine);
      expect(failed.result.stopReason).toBe('error');
      expect(failed.result.stopDetail).toMatch(/HTTP 500.*Scripted internal server error/);
      expect(failed.result.blocks.map((b) => b.type)).toEqual(['text', 'code', 'output']);
      expect(failed.result.blocks[2]?.content).toBe('42');
      expectWorking(await solveOnce(engine));
    });

    test.each([
      ['a stream that stops without [DONE]', 'end-without-done', /ended before/],
      ['a chunk that is not JSON', 'malformed-sse', /not a valid completion stream/],
      ['a connection dropped mid-stream', 'drop', /./],
    ] as const)('for %s (the text so far is kept)', async (_what, fault, reason) => {
      const { engine } = await serverFailingOnce(fault);
      const failed = await solveOnce(engine);
      expect(failed.result.stopReason).toBe('error');
      expect(failed.errors).toHaveLength(1);
      expect(failed.errors[0]!.name).toBe('EngineRequestError');
      expect(failed.result.stopDetail).toMatch(reason);
      expect(failed.result.blocks.map((b) => b.content).join('')).toMatch(/^Compute/);
      expect(failed.events.some((e) => e.type === 'exec-start')).toBe(false);
      expectWorking(await solveOnce(engine));
    });
  });

  describe('should end a runaway model at a cap, with the cap named', () => {
    test('for a code block that is never closed (not run)', async () => {
      const server = await startScriptedOpenAiServer({ script: () => ({ text: `Let me loop.\n\`\`\`python\n${'x = 1\n'.repeat(200)}`, finishReason: 'length' }) });
      servers.push(server);
      const run = await solveOnce(createOpenAiEngine({ baseUrl: server.baseUrl, model: 'qwen2.5-math-1.5b-instruct' }), { caps: { maxTokensPerRound: 64 } });
      expect(run.result).toMatchObject({ stopReason: 'max-tokens', rounds: 1 });
      expect(run.result.stopDetail).toMatch(/cap of 64 tokens inside an unfinished code block, which was not run/);
      expect(run.events.some((e) => e.type === 'exec-start')).toBe(false);
    });

    test('for a model that never stops talking', async () => {
      const server = await startScriptedOpenAiServer({ script: () => 'and on '.repeat(2000) });
      servers.push(server);
      const run = await solveOnce(createOpenAiEngine({ baseUrl: server.baseUrl, model: 'qwen2.5-math-1.5b-instruct' }), { caps: { maxTokensPerRound: 50 } });
      expect(run.result).toMatchObject({ stopReason: 'max-tokens', rounds: 1, answer: null });
      expect(run.result.stopDetail).toMatch(/Raise the token cap/);
    });

    test('for a model that writes one more program every round', async () => {
      const server = await startScriptedOpenAiServer({ script: ({ prompt }) => `Again.\n\`\`\`python\nprint(${(prompt.match(/```output/g) ?? []).length})\n\`\`\`\n` });
      servers.push(server);
      const run = await solveOnce(createOpenAiEngine({ baseUrl: server.baseUrl, model: 'qwen2.5-math-1.5b-instruct' }), { caps: { maxRounds: 3 } });
      expect(run.result).toMatchObject({ stopReason: 'max-rounds', rounds: 3 });
      expect(run.result.stopDetail).toMatch(/round cap.*Raise the round cap/);
    });
  });
});

describe('a solve with the in-browser model (web-llm)', () => {
  const webLlmScript = (r: { prompt: string }): FakeReply => ({ text: healthy(r.prompt) });

  /** `gpu` undefined: a browser without `navigator.gpu`. */
  function webLlm(model: string, gpu: GpuLike | undefined, workerOptions: (n: number) => Partial<FakeMlcOptions> = () => ({})) {
    const workers: FakeMlcWorker[] = [];
    const engine = createWebLlmEngine({
      model,
      gpu,
      // FakeMlcWorker speaks web-llm's completions protocol only; the chat continuation is proven
      // against web-llm's real pipeline in tests/unit/engine/webllm-pipeline. The faults are the same.
      continuation: 'completions',
      createWorker: () => {
        const w = new FakeMlcWorker({ script: webLlmScript, ...workerOptions(workers.length) });
        workers.push(w);
        return w;
      },
    });
    return { engine, workers };
  }

  describe('should say what to do, and the way it names should work', () => {
    test('for a browser without WebGPU: another engine', async () => {
      const { engine, workers } = webLlm('Qwen2-Math-7B-Instruct-q4f16_1-MLC', undefined);
      const failed = await solveOnce(engine);
      expect(failed.result.stopReason).toBe('error');
      expect(failed.errors[0]).toMatchObject({ name: 'EngineUnavailableError' });
      expect(failed.result.stopDetail).toMatch(/no WebGPU.*OpenAI-compatible server/);
      expect(workers).toHaveLength(0);
      const { engine: other } = await serverFailingOnce(undefined, -1);
      expectWorking(await solveOnce(other));
    });

    test('for a GPU without shader-f16: the q4f32 model it names', async () => {
      const gpu = fakeGpu(new FakeGpuAdapter({ features: [] }));
      const failed = await solveOnce(webLlm('Qwen2-Math-7B-Instruct-q4f16_1-MLC', gpu).engine);
      expect(failed.result.stopReason).toBe('error');
      const named = /Try (\S+) \(/.exec(failed.result.stopDetail)?.[1];
      expect(named).toBe('Qwen2-Math-7B-Instruct-q4f32_1-MLC');
      expectWorking(await solveOnce(webLlm(named!, gpu).engine));
    });

    test('for the GPU device lost while generating: a smaller model is named, and the next solve loads the model again', async () => {
      let lose = true;
      const { engine: lossy, workers } = webLlm('Qwen2-Math-7B-Instruct-q4f16_1-MLC', fakeGpu(), () => ({
        script: (r) => (lose ? { text: healthy(r.prompt), failAfterTokens: 3, error: 'DeviceLostError: The WebGPU device was lost.' } : webLlmScript(r)),
      }));
      const failed = await solveOnce(lossy);
      expect(failed.result.stopReason).toBe('error');
      expect(failed.result.stopDetail).toMatch(/GPU device was lost.*smaller model such as Qwen2\.5-Math-1\.5B/);
      expect(failed.result.blocks.map((b) => b.content).join('')).toMatch(/^Compute/);
      lose = false;
      expectWorking(await solveOnce(lossy));
      expect(workers.map((w) => w.kinds().filter((k) => k === 'reload').length)).toEqual([1, 1]);
    });

    test('for a download interrupted halfway: the message says what is kept, and the next solve completes it', async () => {
      const progress = [
        { progress: 0.25, timeElapsed: 5, text: 'Fetching param cache[2/8]: 1075MB fetched. 25% completed, 5 secs elapsed.' },
        { progress: 0.5, timeElapsed: 10, text: 'Fetching param cache[4/8]: 2150MB fetched. 50% completed, 10 secs elapsed.' },
      ];
      const { engine, workers } = webLlm('Qwen2-Math-7B-Instruct-q4f16_1-MLC', fakeGpu(), (n) => (n === 0 ? { progress, reloadError: 'TypeError: Failed to fetch' } : {}));
      const seen: number[] = [];
      const err = await engine.load((p) => seen.push(p.progress ?? -1)).then(() => null, (e: Error) => e);
      expect(seen).toEqual([0.25, 0.5]);
      expect(err).toMatchObject({ name: 'ModelLoadError' });
      expect(err?.message).toMatch(/download failed.*try again; files already downloaded stay cached/);
      expectWorking(await solveOnce(engine));
      expect(workers.map((w) => w.terminated)).toEqual([true, false]);
    });
  });
});
