import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { solve } from '../../../src/core/lce';
import { createOpenAiEngine } from '../../../src/engine/openai/openai-engine';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { driveSolve, type RunBox } from '../../../src/ui/state/run-driver';
import { branchPrefix, rerunCell } from '../../../src/ui/state/cell-actions';
import { initialRunState } from '../../../src/ui/state/run-state';
import type { AppDeps } from '../../../src/ui/state/deps';
import { DEFAULT_CAPS } from '../../../src/core/lce/events';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';

/** A model that prints with Python and answers with whatever the execution printed. */
const script = ({ prompt }: { prompt: string }) => {
  const out = lastOutputIn(prompt);
  if (prompt.includes('slowly')) return { text: 'word '.repeat(500), tokenDelayMs: 5 };
  if (out === null) return 'Compute it.\n```python\nx = 16 - 3 - 4\nprint(x * 2)\n```\n```output\n';
  return `So the answer is \\boxed{${out.trim()}}.`;
};

let srv: ScriptedOpenAiServer;
let runner: NodePythonRunner;
let deps: AppDeps;

beforeAll(async () => {
  srv = await startScriptedOpenAiServer({ script });
  runner = createNodePythonRunner();
  deps = {
    solve,
    createEngine: async () => createOpenAiEngine({ baseUrl: srv.baseUrl, model: 'scripted' }),
    getRunner: () => runner,
    now: () => Date.now(),
  };
});

afterAll(async () => {
  await runner?.dispose();
  await srv?.close();
});

const problem = { id: 'p', question: 'How much does Janet make?', reference: '18' };
const engine = () => deps.createEngine({ kind: 'openai', baseUrl: srv.baseUrl, model: 'scripted' }, {});

describe('driveSolve', () => {
  test('should fold a real LCE run into the state, with the sandbox output and the answer', async () => {
    const box: RunBox = { value: initialRunState() };
    await driveSolve(deps, box, { problem, method: 'lce', caps: DEFAULT_CAPS, engine, session: 's1' }).done;
    expect(box.value.phase).toBe('done');
    expect(box.value.blocks.map((b) => b.type)).toEqual(['text', 'code', 'output', 'text']);
    expect(box.value.blocks[2]?.content).toBe('18');
    expect(box.value.answer).toBe('18');
  });

  test('should keep what was shown and drop the rest when stopped mid-stream', async () => {
    const box: RunBox = { value: initialRunState() };
    const handle = driveSolve(deps, box, { problem: { ...problem, question: 'Think slowly.' }, method: 'cot', caps: DEFAULT_CAPS, engine, session: 's2' });
    while (!(box.value.streaming?.text.length ?? 0)) await new Promise((r) => setTimeout(r, 10));
    handle.stop();
    const stopped = box.value;
    await handle.done;
    expect(stopped.phase).toBe('stopped');
    expect(box.value).toBe(stopped);
    expect(box.value.blocks[0]?.content).toMatch(/^word/);
  });
});

describe('cell actions', () => {
  describe('should re-run an edited cell', () => {
    test('for the solution session, replacing its output', async () => {
      const box: RunBox = { value: initialRunState() };
      await driveSolve(deps, box, { problem, method: 'lce', caps: DEFAULT_CAPS, engine, session: 's3' }).done;
      await rerunCell(deps, box, 's3', DEFAULT_CAPS, 1, 'print(x * 3)');
      expect(box.value.blocks[1]).toEqual({ type: 'code', content: 'print(x * 3)' });
      expect(box.value.blocks[2]).toEqual({ type: 'output', content: '27' });
      expect(box.value.blocks).toHaveLength(4);
    });
  });

  describe('should continue from an edited cell as a new branch', () => {
    test('for the first cell, whose new output the model reads', async () => {
      const box: RunBox = { value: initialRunState() };
      await driveSolve(deps, box, { problem, method: 'lce', caps: DEFAULT_CAPS, engine, session: 's4' }).done;
      const prefix = branchPrefix(box.value.blocks, 1, 'x = 16 - 3 - 4\nprint(x * 4)');
      expect(prefix).toEqual([box.value.blocks[0], { type: 'code', content: 'x = 16 - 3 - 4\nprint(x * 4)' }]);
      await driveSolve(deps, box, { problem, method: 'lce', caps: DEFAULT_CAPS, engine, session: 's5', prefix: prefix! }).done;
      expect(box.value.blocks[2]).toEqual({ type: 'output', content: '36' });
      expect(box.value.answer).toBe('36');
    });

    test('for a later cell, after the cells before it ran again in the fresh session', async () => {
      const box: RunBox = { value: initialRunState() };
      box.value = {
        ...box.value,
        phase: 'done',
        blocks: [
          { type: 'code', content: 'y = 5' },
          { type: 'output', content: 'stale' },
          { type: 'text', content: 'Double it.' },
          { type: 'code', content: 'print(y * 2)' },
          { type: 'output', content: '10' },
        ],
      };
      const prefix = branchPrefix(box.value.blocks, 3, 'print(y * 3)')!;
      expect(prefix.map((b) => b.type)).toEqual(['code', 'text', 'code']);
      await driveSolve(deps, box, { problem, method: 'lce', caps: DEFAULT_CAPS, engine, session: 's6', prefix }).done;
      expect(box.value.blocks.map((b) => [b.type, b.content])).toEqual([
        ['code', 'y = 5'],
        ['output', ''],
        ['text', 'Double it.'],
        ['code', 'print(y * 3)'],
        ['output', '15'],
        ['text', 'So the answer is \\boxed{15}.'],
      ]);
      expect((await runner.run('print(y)', { session: 's6' })).stdout).toBe('5\n');
    });

    test('for a block that is not a code cell, which gives no branch', () => {
      expect(branchPrefix([{ type: 'text', content: 'x' }], 0, 'print(1)')).toBeNull();
    });
  });
});
