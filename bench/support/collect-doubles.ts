/**
 * Bench doubles for the collection benchmark — stand-ins at the edges a benchmark cannot reach here
 * (a GPU, a timed Python cell), named as such and used nowhere else:
 *
 * - `SimulatedEngine`: a single-sequence model at a fixed decode rate. Each round's text is written
 *   at `tokensPerS` (4 characters a token, released in 10 ms ticks); it records when it was
 *   generating so the bench can compute the share of wall time it was busy.
 * - `SimulatedCells`: a Python runner whose every cell takes a fixed latency and prints a fixed value.
 * - `SimulatedSympy`: the critic's symbolic check taking a fixed latency.
 */
import type { SymbolicChecker } from '../../src/core/critic';
import type { GenerateRequest, LlmEngine, TokenEvent } from '../../src/core/ports/llm-engine';
import type { CellResult, PythonRunner } from '../../src/core/ports/python-runner';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const TICK_MS = 10;

export class SimulatedEngine implements LlmEngine {
  readonly info = { kind: 'openai' as const, model: 'Qwen2.5-Math-7B-Instruct-simulated', family: 'qwen2.5-math', isRecording: false };
  private active = 0;
  private busySince = 0;
  busyMs = 0;
  maxActive = 0;

  /** `answer(prompt)` is the boxed answer the simulated model gives for that problem. */
  constructor(private readonly tokensPerS: number, private readonly answer: (prompt: string) => string) {}

  async load(): Promise<void> {}

  async *generate(request: GenerateRequest): AsyncGenerator<TokenEvent> {
    if (this.active++ === 0) this.busySince = performance.now();
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      const firstRound = !request.prompt.includes('```output');
      const text = firstRound
        ? 'We expand the square step by step and let Python check the algebra for us.\n```python\nfrom sympy import symbols, expand\nx = symbols("x")\nprint(expand((x + 1)**2))\n```\n'
        : `The program confirms the expansion, so the answer is $\\boxed{${this.answer(request.prompt)}}$.`;
      const tokens = Math.ceil(text.length / 4);
      const started = performance.now();
      let sent = 0;
      while (sent < tokens) {
        await sleep(TICK_MS);
        if (request.signal?.aborted) return;
        const due = Math.min(tokens, Math.floor(((performance.now() - started) / 1000) * this.tokensPerS));
        for (; sent < due; sent++) yield { type: 'token', text: text.slice(sent * 4, sent * 4 + 4) };
      }
      yield { type: 'done', finishReason: 'stop', stopString: firstRound ? '```output' : null, usage: { promptTokens: request.prompt.length >> 2, completionTokens: tokens } };
    } finally {
      if (--this.active === 0) this.busyMs += performance.now() - this.busySince;
    }
  }

  interrupt(): void {}
  async unload(): Promise<void> {}
}

export class SimulatedCells implements PythonRunner {
  cells = 0;
  constructor(private readonly latencyMs: number) {}
  async run(): Promise<CellResult> {
    this.cells++;
    await sleep(this.latencyMs);
    return { stdout: 'x**2 + 2*x + 1\n', stderr: '', value: null, error: null, ms: this.latencyMs, truncated: false };
  }
  async reset(): Promise<void> {}
  async dispose(): Promise<void> {}
}

export class SimulatedSympy implements SymbolicChecker {
  checks = 0;
  constructor(private readonly latencyMs: number) {}
  async check(pairs: readonly unknown[]): Promise<(boolean | null)[]> {
    this.checks++;
    await sleep(this.latencyMs);
    return pairs.map(() => true);
  }
}
