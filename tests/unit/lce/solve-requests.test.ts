/**
 * What the solve loop asks of its two ports — the prompt, sampling and caps the engine gets, the
 * session and limits the runner gets — and how a run starts and ends around them. The runner is the
 * real Node Pyodide runner; `watched` only records its calls or makes `reset` fail (the edge).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { solve, type SolveOptions } from '../../../src/core/lce';
import type { SolveEvent } from '../../../src/core/lce/events';
import type { PythonRunner, RunOptions } from '../../../src/core/ports/python-runner';
import { buildPrompt } from '../../../src/core/prompt';
import type { Block } from '../../../src/core/transcript';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { ScriptedLlm, type LlmScript } from './scripted-llm';

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

const PROBLEM = { id: 'p1', question: 'What is 6 times 7?' };
const ASKS_FOR_CODE: LlmScript = () => 'Go.\n```python\nprint(6 * 7)\n```\n```output';

/** The real runner, with its calls recorded; `failReset` makes `reset` reject. */
function watched(failReset = false) {
  const runs: Array<{ code: string; options: RunOptions | undefined }> = [];
  const resets: string[] = [];
  const port: PythonRunner = {
    run: (code, options) => {
      runs.push({ code, options });
      return runner.run(code, options);
    },
    reset: async (session) => {
      resets.push(session);
      if (failReset) throw new Error('the worker is gone');
      await runner.reset(session);
    },
    dispose: async () => undefined,
  };
  return { port, runs, resets };
}

async function run(script: LlmScript | ScriptedLlm, options: Partial<SolveOptions> = {}) {
  const engine = script instanceof ScriptedLlm ? script : new ScriptedLlm(script);
  const events: SolveEvent[] = [];
  for await (const e of solve(PROBLEM, { engine, runner, method: 'lce', ...options })) events.push(e);
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('the last event is not done');
  return { events, result: done.result, engine };
}

describe('solve', () => {
  describe('should ask the engine', () => {
    test('for the run’s sampling, the default token cap and the run’s signal', async () => {
      const controller = new AbortController();
      const { engine } = await run(() => 'Done.', { sampling: { temperature: 0.7, topP: 0.9, seed: 5, logprobs: true }, signal: controller.signal });
      expect(engine.requests[0]).toMatchObject({ temperature: 0.7, topP: 0.9, seed: 5, logprobs: true, maxTokens: 1024 });
      expect(engine.requests[0]?.signal).toBe(controller.signal);
    });

    test.each([
      ['the engine’s own family', { family: 'generic' }, {}, 'generic'],
      ['the run’s family over the engine’s', { family: 'generic' }, { family: 'llama3' as const }, 'llama3'],
      ['the model id’s family when the engine names an unknown one', { family: 'not-a-family' }, {}, 'qwen2.5-math'],
    ])('for a prompt in %s', async (_, info, options, family) => {
      const engine = new ScriptedLlm(() => 'Done.');
      Object.assign(engine.info, info);
      await run(engine, options);
      expect(engine.prompts[0]).toBe(buildPrompt(PROBLEM.question, family as 'generic', 'lce').prompt);
    });

    test('for the output of a cell whose closing fence ended the text without a line end', async () => {
      const { engine } = await run((_, call) => ({ text: call === 0 ? 'Go.\n```python\nprint(1)\n```' : 'Done.', hideStopString: true }));
      expect(engine.prompts[1]?.endsWith('Go.\n```python\nprint(1)\n```\n```output\n1\n```\n')).toBe(true);
    });
  });

  describe('should start with the caps it runs under', () => {
    test('for no caps given: the defaults', async () => {
      const { events } = await run(() => 'Done.');
      expect(events[0]).toMatchObject({ type: 'start', caps: { maxRounds: 4, maxTokensPerRound: 1024, cellTimeoutMs: 10_000, maxOutputChars: 400 } });
    });

    test('for some caps given: those, and the defaults for the rest', async () => {
      const { events } = await run(() => 'Done.', { caps: { maxRounds: 2 } });
      expect(events[0]).toMatchObject({ caps: { maxRounds: 2, maxTokensPerRound: 1024, cellTimeoutMs: 10_000, maxOutputChars: 400 } });
    });

    test('for a cap of 1, the smallest it takes', async () => {
      const { result } = await run(ASKS_FOR_CODE, { caps: { maxRounds: 1 } });
      expect(result).toMatchObject({ stopReason: 'max-rounds', rounds: 1, answer: '42' });
    });
  });

  describe('should give the runner', () => {
    test('for a run id it was given: that id on every event, and a session named after it, freed at the end', async () => {
      const { port, runs, resets } = watched();
      const { events } = await run(ASKS_FOR_CODE, { runner: port, runId: 'run-given', caps: { maxRounds: 1 } });
      expect(new Set(events.map((e) => e.runId))).toEqual(new Set(['run-given']));
      expect(runs.map((r) => r.options?.session)).toEqual(['solve-run-given']);
      expect(resets).toEqual(['solve-run-given']);
    });

    test('for two runs without an id: sessions of their own', async () => {
      const first = watched();
      const second = watched();
      const a = await run(ASKS_FOR_CODE, { runner: first.port, caps: { maxRounds: 1 } });
      const b = await run(ASKS_FOR_CODE, { runner: second.port, caps: { maxRounds: 1 } });
      expect(a.events[0]?.runId).not.toBe(b.events[0]?.runId);
      expect(first.resets).toEqual([`solve-${a.events[0]?.runId}`]);
      expect(second.resets).toEqual([`solve-${b.events[0]?.runId}`]);
    });

    test('for the cell time limit and room for the output cap (at least 64 KiB, else 4 bytes a character)', async () => {
      const small = watched();
      await run(ASKS_FOR_CODE, { runner: small.port, caps: { maxRounds: 1, cellTimeoutMs: 5000 } });
      expect(small.runs[0]?.options).toMatchObject({ timeoutMs: 5000, maxOutputBytes: 65_536 });
      const large = watched();
      await run(ASKS_FOR_CODE, { runner: large.port, caps: { maxRounds: 1, maxOutputChars: 20_000 } });
      expect(large.runs[0]?.options).toMatchObject({ maxOutputBytes: 80_000 });
    });

    test('for output past 64 KiB under a large output cap, all of it, so the cut count is true', async () => {
      const { result } = await run((_, call) => (call === 0 ? "```python\nprint('A' * 70000 + 'END')\n```\n```output" : 'Done.'), { caps: { maxOutputChars: 20_000 } });
      const output = result.blocks.find((b) => b.type === 'output')?.content ?? '';
      expect(output).toContain('\n... (50003 characters cut) ...\n');
      expect(output.endsWith('END')).toBe(true);
    });
  });

  describe('should end cleanly', () => {
    test('for a session whose reset fails, which does not fail the run', async () => {
      const { port, resets } = watched(true);
      const { result } = await run(() => 'So \\boxed{42}.', { runner: port });
      expect(resets).toHaveLength(1);
      expect(result).toMatchObject({ stopReason: 'answered', answer: '42' });
    });

    test('for an engine that throws something that is not an Error', async () => {
      const { events, result } = await run(() => ({ text: 'Partial', throwAfter: 'the socket closed' as unknown as Error }));
      expect(events.find((e) => e.type === 'error')).toMatchObject({ error: { name: 'Error', message: 'the socket closed' } });
      expect(result).toMatchObject({ stopReason: 'error', stopDetail: 'the socket closed' });
    });

    test.each<[string, Block[]]>([
      ['a new solution', []],
      ['a branch with a cell to re-run', [{ type: 'code', content: 'print(1)' }]],
    ])('for a signal aborted before %s, asking nothing and running nothing', async (_, prefix) => {
      const controller = new AbortController();
      controller.abort();
      const { port, runs } = watched();
      const { result, engine, events } = await run(ASKS_FOR_CODE, { runner: port, signal: controller.signal, prefix });
      expect(result).toMatchObject({ stopReason: 'aborted', rounds: 0 });
      expect(engine.requests).toHaveLength(0);
      expect(runs).toHaveLength(0);
      expect(events.some((e) => e.type === 'exec-start')).toBe(false);
    });
  });
});
