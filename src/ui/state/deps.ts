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
import type { EngineSettings } from '../../engine/registry';
import type { CustomModelsRepo } from './custom-models-store';

/** The options `solve()` takes (see src/core/lce). */
export type SolveCallOptions = SolveOptions;

/** Credentials kept apart from the engine settings, so no link or stored setting can carry them. */
export interface EngineSecrets {
  apiKey?: string;
}

export interface AppDeps {
  solve(problem: Problem, options: SolveCallOptions): AsyncIterable<SolveEvent>;
  /** The critic; absent until it is available. */
  judge?(pred: string, gold: string, options: { question?: string }): Promise<Verdict>;
  /** The engine `settings` describe (see src/engine/registry.ts); throws a sentence when they are incomplete. */
  createEngine(settings: EngineSettings, secrets: EngineSecrets): Promise<LlmEngine>;
  /** The page's one Python sandbox, created on first use. */
  getRunner(): PythonRunner;
  /** Starts Python ahead of the first cell (it takes a few seconds); optional. */
  warmUp?(): void;
  /** Where the user's self-hosted models are remembered (rejects when it cannot open); default in memory. */
  customModels?(): Promise<CustomModelsRepo>;
  now(): number;
}

export type { LoadProgress };
