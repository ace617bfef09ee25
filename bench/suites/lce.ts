/**
 * LCE loop benchmark: the loop's own cost per round. The model is `InstantLlm`, an in-process test
 * double that answers at once with a short text and a trivial cell, so what is measured is the
 * parser, prompt building, events and one round trip through the real Node Pyodide runner.
 */
import { solve } from '../../src/core/lce';
import type { GenerateRequest, LlmEngine, TokenEvent } from '../../src/core/ports/llm-engine';
import { createNodePythonRunner } from '../../src/sandbox/node/node-python-runner';
import { percentile } from '../support/stats';

export const name = 'lce';

/** The figures with a goal (see BENCHMARKS.md); `lce bench` prints whether each is met. */
export const goals = { 'lce.round_overhead_ms_p50': { max: 5 } };

/** Test double of the model: replies instantly, one code round after another. */
class InstantLlm implements LlmEngine {
  readonly info = { kind: 'instant-llm-double', model: 'instant-llm-double', family: 'qwen2.5-math', isRecording: false };
  async load(): Promise<void> {}
  async *generate(request: GenerateRequest): AsyncGenerator<TokenEvent> {
    const n = (request.prompt.match(/```output/g) ?? []).length;
    const text = `Step ${n}: add one.\n\`\`\`python\nx = ${n} + 1\nprint(x)\n\`\`\`\n`;
    // About 4 characters per token, as a real stream would be cut.
    for (let i = 0; i < text.length; i += 4) yield { type: 'token', text: text.slice(i, i + 4) };
    yield { type: 'done', finishReason: 'stop', stopString: '```output', usage: { promptTokens: request.prompt.length >> 2, completionTokens: text.length >> 2 } };
  }
  interrupt(): void {}
  async unload(): Promise<void> {}
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export async function measure(): Promise<Record<string, number>> {
  const runner = createNodePythonRunner();
  const engine = new InstantLlm();
  const roundMs: number[] = [];
  const cellMs: number[] = [];
  try {
    await runner.run('pass'); // cold start is the sandbox suite's figure, not the loop's
    for (let s = 0; s < 60; s++) {
      let last = 0;
      for await (const e of solve({ id: `b${s}`, question: 'Count.' }, { engine, runner, method: 'lce', caps: { maxRounds: 8 } })) {
        const now = performance.now();
        if (e.type === 'round') last = now;
        if (e.type === 'exec-result') {
          if (s >= 10) roundMs.push(now - last); // the first solves warm the JIT
          if (s >= 10) cellMs.push(e.result.ms);
        }
      }
    }
  } finally {
    await runner.dispose();
  }
  return {
    'lce.round_overhead_ms_p50': round2(percentile(roundMs, 0.5)),
    'lce.round_overhead_ms_p95': round2(percentile(roundMs, 0.95)),
    'lce.cell_ms_p50': round2(percentile(cellMs, 0.5)),
    'lce.rounds_measured': roundMs.length,
  };
}
