/**
 * End to end through our real OpenAI-compatible engine, loop, parser and Pyodide runner. Only the
 * model is a double: a scripted server on a real local socket that answers right only when the real
 * execution output came back in the prompt.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { solve, type SolveOptions } from '../../../src/core/lce';
import type { SolveEvent } from '../../../src/core/lce/events';
import { createOpenAiEngine } from '../../../src/engine/openai/openai-engine';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { lastOutputIn, startScriptedOpenAiServer, type Script, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';

let runner: NodePythonRunner;
const servers: ScriptedOpenAiServer[] = [];
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(async () => {
  await runner.dispose();
  await Promise.all(servers.map((s) => s.close()));
});

interface Setup {
  tokenDelayMs?: number;
  /** Model name served and sent (it picks the prompt family). */
  model?: string;
  /** Abort the run once this many tokens were streamed. */
  abortAfterTokens?: number;
}

async function solveWith(script: Script, options: Partial<SolveOptions> = {}, setup: Setup = {}) {
  const { tokenDelayMs = 0, abortAfterTokens, model = 'qwen2.5-math-1.5b-instruct' } = setup;
  const controller = new AbortController();
  const server = await startScriptedOpenAiServer({ script, model, tokenDelayMs });
  servers.push(server);
  const engine = createOpenAiEngine({ baseUrl: server.baseUrl, model });
  await engine.load();
  const events: SolveEvent[] = [];
  let tokens = 0;
  for await (const e of solve({ id: 'q', question: 'A question.' }, { engine, runner, method: 'lce', signal: controller.signal, ...options })) {
    events.push(e);
    if (e.type === 'token' && ++tokens === abortAfterTokens) controller.abort();
  }
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('the last event is not done');
  return { events, result: done.result, server };
}

const execCount = (events: SolveEvent[]) => events.filter((e) => e.type === 'exec-result').length;

describe('solve over HTTP', () => {
  describe('should feed real execution back to the model', () => {
    test('for state kept across rounds', async () => {
      const { result, server } = await solveWith(({ prompt }) => {
        const out = lastOutputIn(prompt);
        if (out === null) return 'Define a.\n```python\na = 17 * 3\nprint(a)\n```\n```output\n999\n```\nThe answer is 999.';
        if (out === '51') return 'Now double it.\n```python\nprint(a * 2)\n```\n```output\n0\n```';
        if (out === '102') return 'So the answer is \\boxed{102}.';
        return `I was told ${out}, so \\boxed{wrong}.`;
      });
      expect(result).toMatchObject({ answer: '102', rounds: 3, stopReason: 'answered' });
      expect(result.blocks.filter((b) => b.type === 'output').map((b) => b.content)).toEqual(['51', '102']);
      expect(server.requests[0]?.body.stop).toEqual(['```output', '<|im_end|>', '<|endoftext|>']);
      const prompts = result.usage.perRound.map((u) => u.promptTokens);
      expect(prompts).toHaveLength(3);
      expect(prompts[2]!).toBeGreaterThan(prompts[1]!);
      expect(prompts[1]!).toBeGreaterThan(prompts[0]!);
    });

    test('for an error, fed back as its type and message', async () => {
      const { result } = await solveWith(({ prompt }) => {
        const out = lastOutputIn(prompt);
        if (out === null) return '```python\nprint(10 / (5 - 5))\n```\n';
        if (out.startsWith('ZeroDivisionError: division by zero')) return 'Division by zero: the ratio is undefined, \\boxed{undefined}.';
        return '\\boxed{wrong}';
      });
      expect(result.blocks[1]).toEqual({ type: 'error', content: 'ZeroDivisionError: division by zero', error: { type: 'ZeroDivisionError' } });
      expect(result.answer).toBe('undefined');
    });

    test('for a timeout, fed back so the model can change course', async () => {
      const { result, events } = await solveWith(
        ({ prompt }) => {
          const out = lastOutputIn(prompt);
          if (out === null) return '```python\ntotal = 0\nwhile True:\n    total += 1\n```\n';
          if (out.startsWith('TimeoutError')) return 'Too slow; use the formula.\n```python\nprint(sum(range(101)))\n```\n';
          if (out === '5050') return 'The sum is \\boxed{5050}.';
          return '\\boxed{wrong}';
        },
        { caps: { cellTimeoutMs: 300 } },
      );
      expect(result.blocks[1]?.type).toBe('error');
      expect(result.blocks[1]?.content).toMatch(/^TimeoutError: /);
      expect(result).toMatchObject({ answer: '5050', rounds: 3 });
      expect(execCount(events)).toBe(2);
    });
  });

  describe('should work for every prompt family', () => {
    test('for an unknown model on the generic prompt, whose stop starts with a newline', async () => {
      const { result, server } = await solveWith(
        ({ prompt }) => (lastOutputIn(prompt) === '18' ? 'So \\boxed{18}.' : 'Compute.\n```python\nx = 16 - 3 - 4\nprint(x * 2)\n```\n```output\n'),
        {},
        { model: 'some-local-model' },
      );
      expect(server.requests[0]?.body.stop).toEqual(['```output', '\n\nProblem:']);
      expect(server.requests[0]?.prompt.startsWith('Problem:\nA question.')).toBe(true);
      expect(result).toMatchObject({ answer: '18', rounds: 2, stopReason: 'answered' });
    });
  });

  describe('should end visibly', () => {
    test('for the round cap', async () => {
      const { result, events } = await solveWith(({ prompt }) => `More.\n\`\`\`python\nprint(${(prompt.match(/```output/g) ?? []).length})\n\`\`\`\n`, { caps: { maxRounds: 2 } });
      expect(result.stopReason).toBe('max-rounds');
      expect(result.stopDetail).toContain('2 rounds');
      expect(result.rounds).toBe(2);
      expect(execCount(events)).toBe(2);
      expect(result.answer).toBe('1');
    });

    test('for an abort mid-stream, closing the connection', async () => {
      const { result, server } = await solveWith(() => 'word '.repeat(400), {}, { tokenDelayMs: 5, abortAfterTokens: 5 });
      expect(result.stopReason).toBe('aborted');
      expect(result.blocks[0]?.content).toMatch(/^word/);
      await vi.waitFor(() => expect(server.requests[0]?.clientClosed).toBe(true));
    });
  });

  describe('should follow the method', () => {
    test('for CoT without code', async () => {
      const { result, events, server } = await solveWith(() => 'Six sevens are forty-two, so \\boxed{42}.<|im_end|>ignored', { method: 'cot' });
      expect(server.requests[0]?.body.stop).toEqual(['<|im_end|>', '<|endoftext|>']);
      expect(result).toMatchObject({ answer: '42', rounds: 1, stopReason: 'answered', blocks: [{ type: 'text', content: 'Six sevens are forty-two, so \\boxed{42}.' }] });
      expect(execCount(events)).toBe(0);
    });

    test('for auto choosing a program', async () => {
      const { result, events } = await solveWith(
        ({ prompt }) => (lastOutputIn(prompt) === '42' ? 'The answer is \\boxed{42}.' : "Let's write a program.\n```python\nprint(6 * 7)\n```\n"),
        { method: 'auto' },
      );
      expect(result.strategy).toEqual({ chosen: 'code', cue: "Let's write a program", switched: false });
      expect(events.some((e) => e.type === 'strategy')).toBe(true);
      expect(result.answer).toBe('42');
    });

    test('for auto switching from reasoning to a program', async () => {
      const { result } = await solveWith(
        ({ prompt }) =>
          lastOutputIn(prompt) === '3628800'
            ? 'So \\boxed{3628800}.'
            : "Let's reason step by step. 10! is large; instead let's write a program.\n```python\nimport math\nprint(math.factorial(10))\n```\n",
        { method: 'auto' },
      );
      expect(result.strategy).toMatchObject({ chosen: 'cot', switched: true });
      expect(result.answer).toBe('3628800');
    });
  });
});
