/**
 * Stops that land at the edges of a step — the user pressing stop just as a round or a cell ends,
 * an engine failing because it was stopped — and what a run must not carry over: the abort
 * listener, an earlier round's code, a strategy record outside `auto`. The engines here are small
 * doubles written for one timing each; the Python runner is real.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AbortError } from '../../../src/core/errors';
import { solve, type SolveOptions } from '../../../src/core/lce';
import type { SolveEvent } from '../../../src/core/lce/events';
import type { GenerateRequest, LlmEngine, TokenEvent } from '../../../src/core/ports/llm-engine';
import type { PythonRunner } from '../../../src/core/ports/python-runner';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { ScriptedLlm, type LlmScript } from './scripted-llm';

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

const CODE_ROUND = 'Go.\n```python\nprint(6 * 7)\n```\n';

/** An engine that streams `text` in one token, calls `during` (a user's stop, a broken socket), then ends as told. */
function oneShot(text: string, during: () => void, end: 'done' | Error): LlmEngine & { requests: GenerateRequest[] } {
  const requests: GenerateRequest[] = [];
  return {
    info: { kind: 'one-shot', model: 'qwen2.5-math-1.5b-instruct', isRecording: false },
    requests,
    load: async () => undefined,
    async *generate(request): AsyncGenerator<TokenEvent> {
      requests.push(request);
      yield { type: 'token', text };
      during();
      if (end !== 'done') throw end;
      yield { type: 'done', finishReason: 'stop', stopString: '```output', usage: { promptTokens: 1, completionTokens: 1 } };
    },
    interrupt: () => undefined,
    unload: async () => undefined,
  };
}

async function run(engine: LlmEngine, options: Partial<SolveOptions> = {}) {
  const events: SolveEvent[] = [];
  for await (const e of solve({ id: 'p', question: 'What is 6 times 7?' }, { engine, runner, method: 'lce', ...options })) events.push(e);
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('the last event is not done');
  return { events, result: done.result };
}

const typesOf = (events: SolveEvent[]) => events.map((e) => e.type).filter((t) => t !== 'token');

describe('solve', () => {
  describe('should stop where the user pressed stop', () => {
    test('for a stop as the round ends, running no cell', async () => {
      const controller = new AbortController();
      const engine = oneShot(CODE_ROUND, () => controller.abort(), 'done');
      const { result, events } = await run(engine, { signal: controller.signal });
      expect(result.stopReason).toBe('aborted');
      expect(events.some((e) => e.type === 'exec-start')).toBe(false);
    });

    test('for a stop as the cell finishes, keeping its output and asking for no more', async () => {
      const controller = new AbortController();
      const stopsAfterTheCell: PythonRunner = {
        run: async (code, options) => {
          const result = await runner.run(code, options);
          controller.abort();
          return result;
        },
        reset: (session) => runner.reset(session),
        dispose: async () => undefined,
      };
      const engine = new ScriptedLlm(() => `${CODE_ROUND}\`\`\`output`);
      const { result } = await run(engine, { runner: stopsAfterTheCell, signal: controller.signal });
      expect(result).toMatchObject({ stopReason: 'aborted', rounds: 1 });
      expect(result.blocks.at(-1)).toEqual({ type: 'output', content: '42' });
      expect(engine.requests).toHaveLength(1);
    });

    test('for an engine that fails because it was stopped, as a stop and not an error', async () => {
      const controller = new AbortController();
      const engine = oneShot('Thinking', () => controller.abort(), new Error('socket hang up'));
      const { result, events } = await run(engine, { signal: controller.signal });
      expect(result.stopReason).toBe('aborted');
      expect(events.some((e) => e.type === 'error')).toBe(false);
    });

    test('for an engine that says it was cancelled with no signal given', async () => {
      const { result, events } = await run(oneShot('Thinking', () => undefined, new AbortError('Generation')));
      expect(result).toMatchObject({ stopReason: 'aborted', stopDetail: 'Stopped by the user.' });
      expect(events.some((e) => e.type === 'error')).toBe(false);
    });
  });

  describe('should carry nothing past its own end', () => {
    test('for the signal aborted after the run, which interrupts the engine no more', async () => {
      const controller = new AbortController();
      const engine = new ScriptedLlm(() => 'So \\boxed{42}.');
      await run(engine, { signal: controller.signal });
      controller.abort();
      expect(engine.interrupts).toBe(0);
    });
  });

  describe('should run only code written in the round that asked for an output', () => {
    test('for a second round asking for an output without code, leaving the first round’s cell alone', async () => {
      const script: LlmScript = (_, call) => (call === 0 ? `${CODE_ROUND}\`\`\`output` : 'Check it again.\n```output');
      const { result, events } = await run(new ScriptedLlm(script));
      expect(events.filter((e) => e.type === 'exec-start')).toHaveLength(1);
      expect(result).toMatchObject({ stopReason: 'answered', rounds: 2 });
      expect(result.stopDetail).toContain('without writing a code block');
    });
  });

  describe('should record a strategy only under auto', () => {
    test.each(['lce', 'cot', 'code'] as const)('for %s, with no strategy at all', async (method) => {
      const { result, events } = await run(new ScriptedLlm(() => "Let's write a program.\n```python\nprint(1)\n```\n```output"), { method });
      expect(Object.keys(result)).not.toContain('strategy');
      expect(typesOf(events)).not.toContain('strategy');
    });
  });
});
