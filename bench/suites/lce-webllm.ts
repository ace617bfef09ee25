/**
 * Prefill cost of an LCE solve on the in-browser engine, measured where it can be without a GPU:
 * our web-llm engine drives web-llm's real pipeline (GPU kernels faked, real Qwen tokenizer, see
 * tests/support/webllm-pipeline/) through a scripted 4-round solve whose cells run in real Pyodide.
 *
 * `lce.prefill_tokens_ratio`: tokens prefilled over the solve / the minimum (the prompt once, then
 * only each injected output). Goal 1.0: nothing prefilled twice. `…_completions` is the same solve
 * through the `completions.create` fallback, which re-prefills the whole context every round.
 */
import { solve } from '../../src/core/lce';
import type { ContinuationMode } from '../../src/engine/webllm/chat-continuation';
import { createNodePythonRunner } from '../../src/sandbox/node/node-python-runner';
import { createPipelineHarness, prefillRatio } from '../../tests/support/webllm-pipeline/pipeline-harness';
import { OUTPUT_STOP_PIECES, type ScriptRound } from '../../tests/support/webllm-pipeline/scripted-model';

export const name = 'lce-webllm';

/** The figures with a goal (see BENCHMARKS.md); `lce bench` prints whether each is met. */
export const goals = { 'lce.prefill_tokens_ratio': { max: 1 } };

const QUESTION = 'A bag holds red, green and blue marbles in the ratio 3:4:5. After 12 red marbles are added the ratio of red to blue is 1:1. How many marbles are in the bag now, and what is the probability of drawing two green marbles in a row without replacement?';

// Four rounds of the length a 1.5B–7B math model writes (about 60–130 tokens each).
const ROUNDS: ScriptRound[] = [
  {
    text: 'Let the numbers of red, green and blue marbles be 3k, 4k and 5k. Adding 12 red marbles makes red equal to blue, so 3k + 12 = 5k. Let me solve for k with sympy.\n```python\nfrom sympy import symbols, solve\nk = symbols("k")\nsol = solve(3*k + 12 - 5*k, k)\nprint(sol)\n```\n',
    stop: OUTPUT_STOP_PIECES,
    output: '[6]',
  },
  {
    text: 'So k = 6: there were 18 red, 24 green and 30 blue marbles, and 12 red marbles were added. Now count the marbles in the bag.\n```python\nk = 6\nred, green, blue = 3*k + 12, 4*k, 5*k\ntotal = red + green + blue\nprint(red, green, blue, total)\n```\n',
    stop: OUTPUT_STOP_PIECES,
    output: '30 24 30 84',
  },
  {
    text: 'The bag now holds 84 marbles, 24 of them green. The probability of two green marbles in a row without replacement is 24/84 times 23/83; compute it exactly.\n```python\nfrom fractions import Fraction\np = Fraction(green, total) * Fraction(green - 1, total - 1)\nprint(p)\n```\n',
    stop: OUTPUT_STOP_PIECES,
    output: '46/581',
  },
  {
    text: 'The bag holds 84 marbles and the probability of drawing two green marbles in a row is 46/581.\n\nThe final answer is \\boxed{84} marbles, with probability \\boxed{\\frac{46}{581}}.',
    stop: 'eos',
  },
];

async function measureOne(runner: ReturnType<typeof createNodePythonRunner>, continuation: ContinuationMode) {
  const h = await createPipelineHarness({ question: QUESTION, rounds: ROUNDS, continuation });
  await h.engine.load();
  let rounds = 0;
  for await (const e of solve({ id: 'bench', question: QUESTION }, { engine: h.engine, runner, method: 'lce' })) {
    if (e.type === 'done') rounds = e.result.rounds;
  }
  if (rounds !== ROUNDS.length || h.model.violations.length > 0) throw new Error(`the scripted solve went wrong: ${rounds} rounds, ${h.model.violations.join('; ')}`);
  await h.engine.unload();
  return { ratio: prefillRatio(h), tokens: h.prefills.reduce((n, p) => n + p.tokens, 0), minimum: h.model.minimalPrefills.reduce((n, t) => n + h.count(t), 0) };
}

export async function measure(): Promise<Record<string, number>> {
  const runner = createNodePythonRunner();
  try {
    const chat = await measureOne(runner, 'chat');
    const completions = await measureOne(runner, 'completions');
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    return {
      'lce.prefill_tokens_ratio': round3(chat.ratio),
      'lce.prefill_tokens_ratio_completions': round3(completions.ratio),
      'lce.prefill_tokens_4_rounds': chat.tokens,
      'lce.prefill_tokens_4_rounds_completions': completions.tokens,
      'lce.prefill_tokens_4_rounds_minimum': chat.minimum,
    };
  } finally {
    await runner.dispose();
  }
}
