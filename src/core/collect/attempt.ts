/** One attempt of a run: solve the problem, let the critic judge the answer, build the sample record. */
import { judge, type JudgeOptions, type Verdict } from '../critic';
import { createSample, type Sample } from '../dataset/sample';
import { solve, type SolveEvent, type SolveResult } from '../lce';
import type { LlmEngine } from '../ports/llm-engine';
import type { PythonRunner } from '../ports/python-runner';
import type { Problem } from '../problem/types';
import type { PlannedSample, RunSpec } from './types';

/** The critic's optional engines; the rules always run. */
export type CriticPorts = Pick<JudgeOptions, 'symbolic' | 'llm' | 'timeoutMs'>;

/**
 * Failures that belong to the problem, not to the machinery: the sample is kept with
 * `stopReason: 'error'` (making it again would fail the same way). Any other failure — the server
 * went away, the sandbox died — stops the attempt so it can be retried or resumed later.
 */
const PROBLEM_ERRORS = new Set(['ContextWindowError']);

export type AttemptResult =
  | { kind: 'made'; sample: Sample }
  /** Stopped by pause or cancel before it finished: nothing to keep. */
  | { kind: 'abandoned' }
  | { kind: 'failed'; error: { name: string; message: string } };

export interface AttemptContext {
  spec: RunSpec;
  item: PlannedSample;
  /** The engine as this attempt sees it (behind the gate). */
  engine: LlmEngine;
  runner: PythonRunner;
  critic: CriticPorts;
  software: Record<string, string>;
  now: () => number;
  signal: AbortSignal;
  onSolveEvent(event: SolveEvent): void;
  onJudging(): void;
}

/** The critic's verdict on a finished solve: null without a reference; a missing answer is wrong. */
export async function judgeResult(problem: Problem, result: SolveResult, critic: CriticPorts): Promise<Verdict | null> {
  if (problem.reference === undefined) return null;
  if (result.answer === null) return { equal: false, method: 'none', reason: 'The solution has no final answer to compare.' };
  return judge(result.answer, problem.reference, { ...critic, question: problem.question });
}

/** Makes one attempt. Never throws for an expected outcome; see `AttemptResult`. */
export async function makeAttempt(ctx: AttemptContext): Promise<AttemptResult> {
  const { spec, item } = ctx;
  const sampling = { temperature: spec.sampling.temperature, topP: spec.sampling.topP, seed: item.seed, ...(spec.sampling.logprobs ? { logprobs: true } : {}) };
  let result: SolveResult | null = null;
  let error: { name: string; message: string } | null = null;
  // The solve's own run id is the sample id: its Python session and its events are this attempt's alone.
  for await (const event of solve(item.problem, { engine: ctx.engine, runner: ctx.runner, method: item.method, caps: spec.caps, signal: ctx.signal, sampling, runId: item.id })) {
    ctx.onSolveEvent(event);
    if (event.type === 'error') error = event.error;
    if (event.type === 'done') result = event.result;
  }
  if (!result || result.stopReason === 'aborted' || ctx.signal.aborted) return { kind: 'abandoned' };
  if (error && !PROBLEM_ERRORS.has(error.name)) return { kind: 'failed', error };
  ctx.onJudging();
  // Judging is not cancelled by a pause: the generation is done, so its sample is worth keeping.
  const verdict = await judgeResult(item.problem, result, ctx.critic);
  const sample = createSample(item.problem, result, {
    id: item.id,
    createdAt: new Date(ctx.now()),
    sampling,
    caps: spec.caps,
    verdict,
    software: ctx.software,
    runId: spec.id,
    attempt: item.attempt,
  });
  return { kind: 'made', sample };
}
