import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EngineRequestError } from '../../../src/core/errors';
import { solve, type SolveOptions } from '../../../src/core/lce';
import type { SolveEvent, SolveResult } from '../../../src/core/lce/events';
import type { Block } from '../../../src/core/transcript';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { ScriptedLlm, type LlmScript } from './scripted-llm';

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

const PROBLEM = { id: 'p1', question: 'What is 6 times 7?' };

async function run(script: LlmScript | ScriptedLlm, options: Partial<SolveOptions> = {}) {
  const engine = script instanceof ScriptedLlm ? script : new ScriptedLlm(script);
  const events: SolveEvent[] = [];
  for await (const e of solve(PROBLEM, { engine, runner, method: 'lce', ...options })) events.push(e);
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('the last event is not done');
  return { events, result: done.result, engine };
}

function expectBlocks(result: SolveResult, expected: Array<[Block['type'], string]>): void {
  expect(result.blocks.map((b) => [b.type, b.content])).toEqual(expected);
}

const twoRounds: LlmScript = (prompt, call) =>
  call === 0
    ? 'Compute it.\n```python\nx = 6 * 7\nprint(x)\n```\n```output\n0\n```\nhallucinated'
    : prompt.endsWith('```output\n42\n```\n')
      ? 'So the answer is \\boxed{42}.'
      : 'I did not see the output.';

describe('solve', () => {
  describe('should run LCE rounds', () => {
    test('for a code block whose real output is fed back', async () => {
      const { result, events, engine } = await run(twoRounds);
      expectBlocks(result, [['text', 'Compute it.'], ['code', 'x = 6 * 7\nprint(x)'], ['output', '42'], ['text', 'So the answer is \\boxed{42}.']]);
      expect(result).toMatchObject({ answer: '42', rounds: 2, stopReason: 'answered' });
      expect(engine.prompts[1]).toBe(`${engine.prompts[0]}Compute it.\n\`\`\`python\nx = 6 * 7\nprint(x)\n\`\`\`\n\`\`\`output\n42\n\`\`\`\n`);
      expect(engine.requests[0]?.stop[0]).toBe('```output');
      const runIds = new Set(events.map((e) => e.runId));
      expect(runIds.size).toBe(1);
      expect(events.map((e) => e.type).filter((t) => t !== 'token')).toEqual([
        'start', 'round', 'block-start', 'block-end', 'block-start', 'block-end', 'usage', 'exec-start', 'exec-result',
        'round', 'block-start', 'block-end', 'usage', 'answer', 'done',
      ]);
      expect(result.usage.perRound.map((u) => u.round)).toEqual([1, 2]);
      expect(result.usage.promptTokens).toBe(result.usage.perRound[0]!.promptTokens + result.usage.perRound[1]!.promptTokens);
    });

    for (const stopHandling of ['ignore', 'echo', 'leak-prefix'] as const) {
      test(`for an engine that handles the stop string with "${stopHandling}"`, async () => {
        const { result } = await run((p, call) => (call === 0 ? { text: twoRounds(p, call) as string, stopHandling } : twoRounds(p, call)));
        expectBlocks(result, [['text', 'Compute it.'], ['code', 'x = 6 * 7\nprint(x)'], ['output', '42'], ['text', 'So the answer is \\boxed{42}.']]);
        expect(result.answer).toBe('42');
        expect(result.usage.perRound[0]?.promptTokens).toBeGreaterThan(0);
      });
    }

    test('for an engine that ignores stop strings and ends its turn before inventing an output', async () => {
      const { result, events } = await run(() => ({ text: 'Thus \\boxed{4}.<|im_end|>\n```python\nprint(5)\n```\n```output\n5\n```', stopHandling: 'ignore', onePiece: true }));
      expect(result).toMatchObject({ stopReason: 'answered', answer: '4', rounds: 1 });
      expectBlocks(result, [['text', 'Thus \\boxed{4}.']]);
      expect(events.some((e) => e.type === 'exec-start')).toBe(false);
    });

    test('for an engine that does not say which stop string matched', async () => {
      const { result } = await run((p, call) => (call === 0 ? { text: twoRounds(p, call) as string, hideStopString: true } : twoRounds(p, call)));
      expect(result.answer).toBe('42');
    });

    test('for output longer than the cap, keeping head and tail', async () => {
      const { result } = await run((_, call) => (call === 0 ? "```python\nprint('A' * 3000 + 'END')\n```\n```output" : 'Done.'), { caps: { maxOutputChars: 100 } });
      const out = result.blocks.find((b) => b.type === 'output')?.content ?? '';
      expect(out.startsWith('A'.repeat(50))).toBe(true);
      expect(out.endsWith('END')).toBe(true);
      expect(out).toContain('characters cut');
      expect(out.length).toBeLessThan(160);
    });

    test('for a fresh session that is reset at the end', async () => {
      const { events } = await run(twoRounds);
      const after = await runner.run('print(x)', { session: `solve-${events[0]!.runId}` });
      expect(after.error?.type).toBe('NameError');
    });
  });

  describe('should record the behaviour log-probability', () => {
    test('for an engine that reports one for every generated token, summed over rounds', async () => {
      const script: LlmScript = (prompt, call) => ({ text: twoRounds(prompt, call) as string, logprobPerPiece: -0.5 });
      const { result } = await run(script, { sampling: { logprobs: true } });
      expect(result.usage.completionTokens).toBeGreaterThan(0);
      expect(result.logprob).toBeCloseTo(-0.5 * result.usage.completionTokens, 9);
    });

    test('for an engine that reports none, leaving it out rather than guessing', async () => {
      const { result } = await run(twoRounds);
      expect(result).not.toHaveProperty('logprob');
    });
  });

  describe('should stop visibly at a cap', () => {
    test('for the token cap inside an unfinished code block', async () => {
      const { result, events } = await run(() => 'Start.\n```python\nfor i in range(10):\n    print(i)\n```\n', { caps: { maxTokensPerRound: 12 } });
      expect(result.stopReason).toBe('max-tokens');
      expect(result.stopDetail).toContain('unfinished code block');
      expect(events.some((e) => e.type === 'exec-start')).toBe(false);
    });

    test('for the round cap, reached right after a cell ran', async () => {
      const { result, events } = await run((prompt) => `Again.\n\`\`\`python\nprint(${(prompt.match(/\`\`\`output/g) ?? []).length})\n\`\`\`\n\`\`\`output`, { caps: { maxRounds: 2 } });
      expect(result).toMatchObject({ stopReason: 'max-rounds', rounds: 2, answer: '1' });
      expect(result.stopDetail).toBe('Stopped after 2 rounds (the round cap); the model did not see the last output. Raise the round cap to let it continue.');
      expect(events.filter((e) => e.type === 'exec-result')).toHaveLength(2);
    });

    describe('for caps that cannot be used, refused before anything runs', () => {
      test.each([
        ['a fraction of a round', { maxRounds: 2.5 }, 'The cap maxRounds must be a whole number of at least 1, got 2.5.'],
        ['zero rounds', { maxRounds: 0 }, 'The cap maxRounds must be a whole number of at least 1, got 0.'],
        ['a time limit that is not a number', { cellTimeoutMs: Number.NaN }, 'The cap cellTimeoutMs must be a whole number of at least 1, got NaN.'],
      ])('for %s', async (_, caps, sentence) => {
        const { result, events, engine } = await run(() => 'x', { caps });
        expect(events.find((e) => e.type === 'error')).toMatchObject({ error: { name: 'InvalidInputError', message: `solve: ${sentence}` } });
        expect(result).toMatchObject({ stopReason: 'error', rounds: 0 });
        expect(engine.prompts).toHaveLength(0);
      });
    });
  });

  describe('should keep what a cell raised as data', () => {
    test('for a cell that printed and then ran past its time limit', async () => {
      const { result } = await run(
        (_, call) => (call === 0 ? "```python\nprint('started')\nwhile True:\n    pass\n```\n```output" : 'It timed out.'),
        { caps: { cellTimeoutMs: 300 } },
      );
      // What the cell printed survives only if Python stopped within the grace period (under load the
      // worker may be replaced); the type is kept either way, which is what this test is about.
      const error = result.blocks.find((b) => b.type === 'error');
      expect(error?.content).toContain('TimeoutError');
      expect(error?.error).toEqual({ type: 'TimeoutError' });
    });
  });

  describe('should follow the method', () => {
    test('for cot, where code is shown but never run', async () => {
      const { result, events, engine } = await run(() => '```python\nprint(1)\n```\nThe answer is 1.', { method: 'cot' });
      expect(engine.requests[0]?.stop).not.toContain('```output');
      expect(events.some((e) => e.type === 'exec-start')).toBe(false);
      expect(result).toMatchObject({ rounds: 1, answer: '1', stopReason: 'answered' });
    });

    test('for code, where one program runs and its output is the answer', async () => {
      const { result } = await run(() => "Let's write a program.\n```python\nprint(6 * 7)\n```\n```output", { method: 'code' });
      expect(result).toMatchObject({ rounds: 1, answer: '42', stopReason: 'answered' });
    });

    test('for code whose program fails, giving no answer rather than the error', async () => {
      const { result } = await run(() => '```python\nprint(1 / 0)\n```\n```output', { method: 'code' });
      expect(result.blocks[1]).toEqual({ type: 'error', content: 'ZeroDivisionError: division by zero', error: { type: 'ZeroDivisionError' } });
      expect(result.answer).toBeNull();
    });

    test('for auto, recording the cue and a switch from reasoning to code', async () => {
      const { result, events } = await run(
        (_, call) => (call === 0 ? "Let's reason step by step. Hmm, hard.\n```python\nprint(2 ** 10)\n```\n```output" : 'That is \\boxed{1024}.'),
        { method: 'auto' },
      );
      expect(result.strategy).toEqual({ chosen: 'cot', cue: "Let's reason step by step", switched: true });
      expect(events.filter((e) => e.type === 'strategy')).toHaveLength(1);
      expect(result.answer).toBe('1024');
    });
  });

  describe('should continue a branch from edited blocks', () => {
    test('for a prefix re-run in a fresh session', async () => {
      const prefix: Block[] = [
        { type: 'text', content: 'Set y.' },
        { type: 'code', content: 'y = 5' },
        { type: 'output', content: 'stale' },
        { type: 'code', content: 'print(y * 2)' },
      ];
      const { result, engine } = await run((prompt) => (prompt.endsWith('```output\n10\n```\n') ? 'Thus \\boxed{10}.' : 'wrong'), { prefix });
      expectBlocks(result, [['text', 'Set y.'], ['code', 'y = 5'], ['output', ''], ['code', 'print(y * 2)'], ['output', '10'], ['text', 'Thus \\boxed{10}.']]);
      expect(engine.prompts).toHaveLength(1);
      expect(result.answer).toBe('10');
    });

    test('for a live session, running only the edited last cell and keeping the session', async () => {
      await runner.run('z = 3', { session: 'live-branch' });
      const prefix: Block[] = [{ type: 'code', content: 'z = 100' }, { type: 'output', content: '' }, { type: 'code', content: 'print(z + 1)' }];
      const { result } = await run((prompt) => (prompt.endsWith('```output\n4\n```\n') ? '\\boxed{4}' : 'wrong'), { prefix, session: 'live-branch' });
      expect(result.answer).toBe('4');
      expect((await runner.run('print(z)', { session: 'live-branch' })).stdout).toBe('3\n');
    });
  });

  describe('should end on failures and aborts', () => {
    test('for an engine error, keeping the streamed blocks', async () => {
      const { result, events } = await run(() => ({ text: 'Partial thought', throwAfter: new EngineRequestError('OpenAI-compatible server', 'the connection broke') }));
      expect(events.find((e) => e.type === 'error')).toMatchObject({ error: { name: 'EngineRequestError' } });
      expect(result.stopReason).toBe('error');
      expectBlocks(result, [['text', 'Partial thought']]);
    });

    test('for an abort mid-stream', async () => {
      const controller = new AbortController();
      let n = 0;
      const gate = async () => {
        if (++n === 5) controller.abort();
      };
      const { result, engine } = await run(() => ({ text: 'A long line of reasoning that never ends.', gate }), { signal: controller.signal });
      expect(result.stopReason).toBe('aborted');
      expect(engine.interrupts).toBeGreaterThan(0);
      expect(result.blocks[0]?.content.length).toBeGreaterThan(0);
    });

    test('for an abort while a cell runs', async () => {
      const controller = new AbortController();
      const engine = new ScriptedLlm(() => '```python\nwhile True:\n    pass\n```\n```output');
      const events: SolveEvent[] = [];
      for await (const e of solve(PROBLEM, { engine, runner, method: 'lce', signal: controller.signal, caps: { cellTimeoutMs: 60_000 } })) {
        events.push(e);
        if (e.type === 'exec-start') setTimeout(() => controller.abort(), 50);
      }
      expect(events.at(-1)).toMatchObject({ type: 'done', result: { stopReason: 'aborted' } });
      expect(events.some((e) => e.type === 'exec-result')).toBe(false);
      expect((await runner.run('print("alive")')).stdout).toBe('alive\n');
    });
  });
});
