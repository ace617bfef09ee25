/**
 * Helpers for the batch-runner tests: a scripted model that does sums with real Python cells, and
 * `MemorySink`, an in-memory test double of the storage port (the real sinks — IndexedDB and the
 * command line's JSONL — have their own tests).
 */
import type { Sample } from '../../../src/core/dataset/sample';
import type { SampleOutcome, SampleSink, RunSpec } from '../../../src/core/collect';
import { DEFAULT_CAPS } from '../../../src/core/lce/events';
import type { Problem } from '../../../src/core/problem/types';
import { ScriptedLlm, type ScriptedTurn } from '../lce/scripted-llm';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `count` sums "What is a + b?" with their references. */
export function sums(count: number): Problem[] {
  return Array.from({ length: count }, (_, i) => ({ id: `sum#${i}`, question: `What is ${i + 2} + ${i + 3}?`, reference: String(2 * i + 5), source: 'sums' }));
}

export interface SumsModelOptions {
  /** Python the code round runs before printing the sum (e.g. a sleep, to make cells slow). */
  cellPrelude?: string;
  /** Awaited before each streamed piece, to make generation take time. */
  pace?: () => Promise<void>;
  /** Attempts whose seed makes this true answer one too many. */
  wrongWhen?: (seed: number) => boolean;
  /** Thrown instead of answering, for the first `failures` calls. */
  failWith?: Error;
  failures?: number;
}

/**
 * A scripted model (test double of the language model): for code methods it writes a Python cell
 * that prints the sum and then boxes what the cell printed; for CoT it boxes the sum directly.
 */
export function sumsModel(options: SumsModelOptions = {}): ScriptedLlm & { active: number; maxActive: number } {
  let failuresLeft = options.failures ?? 0;
  const engine = new ScriptedLlm((prompt, call) => {
    const request = engine.requests[call]!;
    const [, a, b] = /What is (\d+) \+ (\d+)\?/.exec(prompt) ?? [];
    const wrong = options.wrongWhen?.(request.seed ?? 0) ? 1 : 0;
    const sum = Number(a) + Number(b) + wrong;
    const turn = (text: string): ScriptedTurn => ({ text, ...(options.pace ? { gate: options.pace } : {}) });
    if (options.failWith && failuresLeft > 0) {
      failuresLeft--;
      return { text: 'Let', throwAfter: options.failWith };
    }
    const outputs = [...prompt.matchAll(/```output\n(.*?)\n```/gs)].map((m) => m[1]);
    if (!request.stop.includes('```output')) return turn(`Adding gives \\boxed{${sum}}.`);
    if (outputs.length === 0) {
      return turn(`Let me add.\n\`\`\`python\n${options.cellPrelude ?? ''}print(${a} + ${b} + ${wrong})\n\`\`\`\n\`\`\`output\n`);
    }
    return turn(`The sum is \\boxed{${outputs.at(-1)}}.`);
  }) as ScriptedLlm & { active: number; maxActive: number };
  engine.active = 0;
  engine.maxActive = 0;
  const generate = engine.generate.bind(engine);
  engine.generate = async function* (request) {
    engine.maxActive = Math.max(engine.maxActive, ++engine.active);
    try {
      yield* generate(request);
    } finally {
      engine.active--;
    }
  };
  return engine;
}

/** Test double of the storage port: a Map, with an optional failure at the Nth write. */
export class MemorySink implements SampleSink {
  readonly samples = new Map<string, Sample>();
  readonly outcomes = new Map<string, SampleOutcome>();
  readonly putIds: string[] = [];
  failAt: { write: number; error: Error } | null = null;

  async stored(runId: string): Promise<SampleOutcome[]> {
    return [...this.outcomes.values()].filter((o) => o.runId === runId);
  }

  async put(sample: Sample, outcome: SampleOutcome): Promise<'written' | 'exists'> {
    this.putIds.push(sample.id);
    if (this.failAt && this.putIds.length === this.failAt.write) throw this.failAt.error;
    if (this.samples.has(sample.id)) return 'exists';
    this.samples.set(sample.id, structuredClone(sample));
    this.outcomes.set(sample.id, { ...outcome });
    return 'written';
  }
}

export function runSpec(overrides: Partial<RunSpec> = {}): RunSpec {
  return {
    id: 'run-1',
    setId: 'sums',
    methods: ['lce', 'cot'],
    k: 2,
    sampling: { temperature: 0.7, topP: 0.95, seed: 7 },
    caps: { ...DEFAULT_CAPS, maxRounds: 3, cellTimeoutMs: 5000 },
    model: { engine: 'openai', id: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' },
    ...overrides,
  };
}
