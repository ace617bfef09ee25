/** The context window as a cap of the solve loop, with real Python cells and a scripted model. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { estimateTokens, solve, type SolveEvent } from '../../../src/core/lce';
import { buildPrompt } from '../../../src/core/prompt';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { ScriptedLlm, type LlmScript } from './scripted-llm';

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

const PROBLEM = { id: 'p1', question: 'What is 6 times 7?' };
const PROMPT = buildPrompt(PROBLEM.question, 'qwen2.5-math', 'lce').prompt;
const ROUND = 'Compute it.\n```python\nprint(6 * 7)\n```\n';
/** The assistant text after `n` rounds that each ran `print(6 * 7)`. */
const after = (n: number) => (ROUND + '```output\n42\n```\n').repeat(n);
const everyRoundRunsCode: LlmScript = () => `${ROUND}\`\`\`output`;

async function run(script: LlmScript, contextWindow: number | undefined) {
  const engine = new ScriptedLlm(script);
  if (contextWindow !== undefined) engine.info.contextWindow = contextWindow;
  const events: SolveEvent[] = [];
  for await (const e of solve(PROBLEM, { engine, runner, method: 'lce', caps: { maxRounds: 8 } })) events.push(e);
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('the last event is not done');
  return { events, result: done.result, engine };
}

describe('solve', () => {
  describe('should end with "context full" before the engine sees a request that overflows its window', () => {
    test('for a solution that leaves too little room after round 2', async () => {
      // Round 3 would start with fewer than 64 tokens left.
      const window = estimateTokens(PROMPT + after(2)) + 40;
      const { result, events, engine } = await run(everyRoundRunsCode, window);
      expect(result).toMatchObject({ stopReason: 'context-full', rounds: 2, context: { window, tokens: estimateTokens(PROMPT + after(2)) } });
      expect(result.stopDetail).toMatch(/^Context full after round 2: the solution so far is ≈ [\d,]+ tokens \(estimated on the safe side: counted high\), which leaves 40 of the model's [\d,]+-token context window/);
      expect(engine.requests).toHaveLength(2);
      expect(events.filter((e) => e.type === 'exec-result')).toHaveLength(2);
    });

    test('for a round that would run past the window, given only the room left', async () => {
      const window = estimateTokens(PROMPT) + 100;
      const { result, engine } = await run(() => 'Let me think. '.repeat(200), window);
      expect(engine.requests[0]!.maxTokens).toBe(100);
      expect(result).toMatchObject({ stopReason: 'context-full', rounds: 1 });
      expect(result.stopDetail).toMatch(/^Context full in round 1: .* used the last 100 tokens of the model's [\d,]+-token context window before the model finished\./);
    });

    test('for a problem whose prompt alone fills the window', async () => {
      const { result, engine, events } = await run(everyRoundRunsCode, 40);
      expect(result).toMatchObject({ stopReason: 'context-full', rounds: 0, blocks: [] });
      expect(result.stopDetail).toMatch(/^Context full before round 1: the prompt is ≈ [\d,]+ tokens/);
      expect(engine.requests).toHaveLength(0);
      expect(events.map((e) => e.type)).toEqual(['start', 'answer', 'done']);
    });
  });

  describe('should show the budget of every round', () => {
    test('for an engine that knows its window', async () => {
      const { events } = await run((_, call) => (call < 2 ? `${ROUND}\`\`\`output` : 'So \\boxed{42}.'), 4096);
      const rounds = events.flatMap((e) => (e.type === 'round' ? [e.context] : []));
      expect(rounds).toEqual([0, 1, 2].map((n) => ({ window: 4096, tokens: estimateTokens(PROMPT + after(n)) })));
    });

    test('for an engine that does not, with no budget and the token cap as the only limit', async () => {
      const { events, result, engine } = await run((_, call) => (call < 2 ? `${ROUND}\`\`\`output` : 'So \\boxed{42}.'), undefined);
      expect(events.some((e) => e.type === 'round' && e.context !== undefined)).toBe(false);
      expect(result.context).toBeUndefined();
      expect(result.stopReason).toBe('answered');
      expect(engine.requests.map((r) => r.maxTokens)).toEqual([1024, 1024, 1024]);
    });
  });
});
