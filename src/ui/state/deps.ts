/**
 * What the app needs from the other layers, injected once by main.tsx. Keeping it an interface
 * lets the state logic run in Node unit tests with the real core and a recorded engine.
 */
import type { LlmEngine, LoadProgress } from '../../core/ports/llm-engine';
import type { PythonRunner } from '../../core/ports/python-runner';
import type { SolveEvent } from '../../core/lce/events';
import type { SolveOptions } from '../../core/lce';
import type { Problem } from '../../core/problem/types';
import type { Verdict } from '../../core/critic/types';

/** The options `solve()` takes (see src/core/lce). */
export type SolveCallOptions = SolveOptions;

export interface AppDeps {
  solve(problem: Problem, options: SolveCallOptions): AsyncIterable<SolveEvent>;
  /** The critic; absent until it is available. */
  judge?(pred: string, gold: string, options: { question?: string }): Promise<Verdict>;
  /** An engine for URL-style settings (engine=openai|replay|webllm, baseUrl, model…). */
  createEngine(params: URLSearchParams): Promise<LlmEngine>;
  /** The page's one Python sandbox, created on first use. */
  getRunner(): PythonRunner;
  /** Starts Python ahead of the first cell (it takes a few seconds); optional. */
  warmUp?(): void;
  now(): number;
}

export type { LoadProgress };
