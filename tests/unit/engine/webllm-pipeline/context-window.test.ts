/**
 * The context window as a cap, at the web-llm boundary: the LCE loop drives our web-llm engine into
 * web-llm's real `LLMChatPipeline` (GPU kernels faked, real Qwen tokenizer, real Pyodide cells)
 * loaded with a small window. The loop must end the solution with "context full" before web-llm
 * refuses a prompt (ContextWindowSizeExceededError) or cuts a round at the window.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { solve } from '../../../../src/core/lce';
import type { SolveResult } from '../../../../src/core/lce/events';
import type { LlmEngine } from '../../../../src/core/ports/llm-engine';
import { createNodePythonRunner, type NodePythonRunner } from '../../../../src/sandbox/node/node-python-runner';
import { createPipelineHarness, type PipelineHarness } from '../../../support/webllm-pipeline/pipeline-harness';
import { OUTPUT_STOP_PIECES, type ScriptRound } from '../../../support/webllm-pipeline/scripted-model';

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

const QUESTION = 'Start from 1 and double it eight times. What do you get?';
const WINDOW = 400;

// Eight rounds of about 35 tokens and an output each: far more than a 400-token window holds.
const ROUNDS: ScriptRound[] = [1, 2, 4, 8, 16, 32, 64, 128].map((v) => ({
  text: `The value is now ${v}. Doubling it once more gives the next value; let me compute it exactly.\n\`\`\`python\nprint(${v} * 2)\n\`\`\`\n`,
  stop: OUTPUT_STOP_PIECES,
  output: String(v * 2),
}));

async function solveWith(engine: LlmEngine): Promise<SolveResult> {
  let result: SolveResult | null = null;
  for await (const e of solve({ id: 'q', question: QUESTION }, { engine, runner, method: 'lce', caps: { maxRounds: 16, maxTokensPerRound: 256 } })) if (e.type === 'done') result = e.result;
  return result!;
}

async function harness(): Promise<PipelineHarness> {
  const h = await createPipelineHarness({ question: QUESTION, rounds: [...ROUNDS, { text: 'So \\boxed{256}.', stop: 'eos' }], contextWindow: WINDOW });
  await h.engine.load();
  return h;
}

describe('the solve loop over web-llm’s real pipeline', () => {
  test('should end with "context full" before web-llm refuses a prompt longer than its window', async () => {
    const h = await harness();
    expect(h.engine.info.contextWindow).toBe(WINDOW);
    expect(h.worker.reloads.at(-1)).toMatchObject({ context_window_size: WINDOW });
    const result = await solveWith(h.engine);
    expect(result.stopReason).toBe('context-full');
    expect(result.stopDetail).toMatch(/^Context full (after|in) round \d+: .*400-token context window/);
    expect(result.rounds).toBeGreaterThan(1);
    expect(h.model.violations).toEqual([]);
    // Every request fitted: what web-llm's cache held at the end is within the window.
    expect(h.worker.tvm!.kvTokens().length).toBeLessThanOrEqual(WINDOW);
    await h.engine.unload();
  });

  test('should fail with web-llm’s own error when the loop is not told the window (the check is what prevents it)', async () => {
    const h = await harness();
    const { contextWindow: _hidden, ...info } = h.engine.info;
    const result = await solveWith({ ...h.engine, info, generate: (r) => h.engine.generate(r) });
    expect(result.stopReason).toBe('error');
    expect(result.stopDetail).toMatch(/^The prompt \(\d+ tokens\) exceeds the context window \(400\)/);
    await h.engine.unload();
  });
});
