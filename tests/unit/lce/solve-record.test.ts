/**
 * What a solve run records — the result a training sample is made from, and the events the UI
 * rebuilds it from: block indices, usage, the behaviour log-probability, the time taken, the run's
 * own id, the strategy seen under `auto`, and no answer from a cell that raised.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { solve, type SolveOptions } from '../../../src/core/lce';
import type { SolveEvent } from '../../../src/core/lce/events';
import type { Block } from '../../../src/core/transcript';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { pieces, ScriptedLlm, type LlmScript } from './scripted-llm';

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

const ROUND_1 = 'Compute.\n```python\nprint(6 * 7)\n```\n```output\n0\n```\ninvented';
const twoRounds: LlmScript = (_, call) => (call === 0 ? ROUND_1 : 'So \\boxed{42}.');

async function record(script: LlmScript, options: Partial<SolveOptions> = {}) {
  const engine = new ScriptedLlm(script);
  const events: SolveEvent[] = [];
  for await (const e of solve({ id: 'p', question: 'What is 6 times 7?' }, { engine, runner, method: 'lce', ...options })) events.push(e);
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('the last event is not done');
  return { events, result: done.result, engine };
}

describe('solve', () => {
  describe('should number every block the way the result holds it', () => {
    test('for a branch replayed from a prefix, a cell run and two rounds', async () => {
      const prefix: Block[] = [{ type: 'text', content: 'Set y.' }, { type: 'code', content: 'y = 2' }];
      const { events, result } = await record(twoRounds, { prefix });
      const ends = events.flatMap((e) => (e.type === 'block-end' ? [[e.index, e.block]] : []));
      expect(ends).toEqual([0, 1, 3, 4, 6].map((i) => [i, result.blocks[i]]));
      const starts = events.flatMap((e) => (e.type === 'block-start' ? [[e.index, e.blockType]] : []));
      expect(starts).toEqual([0, 1, 3, 4, 6].map((i) => [i, result.blocks[i]?.type]));
      const cells = events.flatMap((e): Array<[number, string | Block]> => (e.type === 'exec-start' ? [[e.index, e.code]] : e.type === 'exec-result' ? [[e.index, e.block]] : []));
      expect(cells).toEqual([[1, 'y = 2'], [1, result.blocks[2]], [4, 'print(6 * 7)'], [4, result.blocks[5]]]);
      expect(result.blocks.map((b) => b.type)).toEqual(['text', 'code', 'output', 'text', 'code', 'output', 'text']);
    });
  });

  describe('should add up the usage of every round', () => {
    test('for the prompt and the completion tokens', async () => {
      const { events, result } = await record(twoRounds);
      const perRound = events.flatMap((e) => (e.type === 'usage' ? [e.usage] : []));
      expect(result.usage.perRound).toEqual(perRound);
      expect(result.usage.completionTokens).toBe(perRound[0]!.completionTokens + perRound[1]!.completionTokens);
      expect(result.usage.promptTokens).toBe(perRound[0]!.promptTokens + perRound[1]!.promptTokens);
    });

    test('for a round the loop cut before the engine said done: estimated, a token for 4 prompt characters', async () => {
      const { result, engine } = await record((p, call) => (call === 0 ? { text: ROUND_1, stopHandling: 'ignore' } : twoRounds(p, call)));
      let read = 0;
      let seen = '';
      for (const piece of pieces(ROUND_1)) {
        read++;
        seen += piece;
        if (seen.includes('```output')) break;
      }
      expect(result.usage.perRound[0]).toEqual({ round: 1, promptTokens: Math.ceil(engine.prompts[0]!.length / 4), completionTokens: read });
    });
  });

  describe('should keep the log-probability only when the engine gave one for every token', () => {
    test('for a round with them and a round without, leaving it out', async () => {
      const { result } = await record((p, call) => (call === 0 ? { text: ROUND_1, logprobPerPiece: -0.25 } : twoRounds(p, call)), { sampling: { logprobs: true } });
      expect(result.usage.completionTokens).toBeGreaterThan(0);
      expect(result).not.toHaveProperty('logprob');
    });

    test('for a model that wrote nothing at all, leaving it out rather than saying 0', async () => {
      const { result } = await record(() => ({ text: '', logprobPerPiece: -0.25 }), { sampling: { logprobs: true } });
      expect(result.usage.completionTokens).toBe(0);
      expect(result).not.toHaveProperty('logprob');
    });
  });

  test('should name a run it was given no id for "run-", its start time and up to six random characters, all base 36', async () => {
    const before = Date.now();
    const { events } = await record(() => 'So \\boxed{42}.');
    const id = /^run-([0-9a-z]+)-([0-9a-z]{0,6})$/.exec(events[0]!.runId);
    expect(id).not.toBeNull();
    const started = parseInt(id![1]!, 36);
    expect(started).toBeGreaterThanOrEqual(before);
    expect(started).toBeLessThanOrEqual(Date.now());
  });

  test('should record under auto that the model chose nothing it could tell, for a text without a cue or code', async () => {
    const { result } = await record(() => 'Six sevens are 42, so \\boxed{42}.', { method: 'auto' });
    expect(result.strategy).toEqual({ chosen: 'unknown', cue: null, switched: false });
  });

  test('should give no answer for a cell that raised, even an exception whose text does not read as an error', async () => {
    // "StopIteration" ends in neither "Error" nor "Exception": only the block's type says it failed.
    const { result } = await record(() => '```python\nprint(next(n for n in range(10) if n * n == 50))\n```\n```output', { method: 'code' });
    expect(result.blocks[1]).toEqual({ type: 'error', content: 'StopIteration', error: { type: 'StopIteration' } });
    expect(result.answer).toBeNull();
  });

  test('should take no longer, by its own account, than the run took', async () => {
    const before = Date.now();
    const { result } = await record(twoRounds);
    expect(result.ms).toBeGreaterThanOrEqual(0);
    expect(result.ms).toBeLessThanOrEqual(Date.now() - before);
  });
});
