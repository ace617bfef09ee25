/**
 * The context budget the caps editor shows: the model's window, the prompt (template + problem)
 * and the solution so far, all in tokens estimated on the safe side (src/core/lce/context-budget).
 * Pure: a function of the settings, the problem and the current run.
 */
import { estimateTokens } from '../../core/lce/context-budget';
import { buildPrompt, familyOf, type PromptFamily } from '../../core/prompt';
import type { Method } from '../../core/transcript';
import { engineEntry, type EngineSettings } from '../../engine/registry';
import type { CatalogModel } from '../../engine/webllm/model-catalog';
import type { RunState } from './run-state';

/** What the caps editor shows about the context window. */
export type ContextView =
  | {
      kind: 'budget';
      window: number;
      /** The prompt of round 1 for the problem typed now. */
      promptTokens: number;
      /** The last run's solution so far (prompt included), when it ran on this window. */
      usedTokens: number | null;
      rounds: number;
      maxTokensPerRound: number;
    }
  | { kind: 'unknown'; sentence: string };

export interface ContextViewInput {
  settings: EngineSettings;
  method: Method;
  question: string;
  maxTokensPerRound: number;
  run: RunState;
  /** The in-browser model the settings run, if any (its prompt family and window). */
  model: CatalogModel | null;
}

/** The budget for the current settings and problem, or why there is none. */
export function contextView(i: ContextViewInput): ContextView {
  const { settings, run } = i;
  if (settings.kind === 'replay') return { kind: 'unknown', sentence: 'The recorded demo replays solutions: no context window applies.' };
  const ranHere = run.engine !== null && run.engine.kind === settings.kind && run.engine.model === settings.model;
  const window = engineEntry(settings.kind)?.contextWindow?.(settings as never) ?? (ranHere ? run.engine?.contextWindow : undefined);
  if (window === undefined) {
    return { kind: 'unknown', sentence: 'The server has not said its context window: set it in the engine settings so a long solution ends with "context full" instead of a server error.' };
  }
  const family: PromptFamily = i.model?.family ?? familyOf(String(settings.model ?? ''));
  const promptTokens = estimateTokens(buildPrompt(i.question.trim(), family, i.method).prompt);
  const usedTokens = ranHere && run.context?.window === window ? run.context.tokens : null;
  return { kind: 'budget', window, promptTokens, usedTokens, rounds: run.round, maxTokensPerRound: i.maxTokensPerRound };
}

/** The budget for the store's current settings, problem and run. */
export function contextBudget(store: { engineSettings: { value: EngineSettings }; method: { value: Method }; question: { value: string }; caps: { value: { maxTokensPerRound: number } }; run: { value: RunState }; guidance: { selected: { value: CatalogModel | null } } }): ContextView {
  return contextView({
    settings: store.engineSettings.value,
    method: store.method.value,
    question: store.question.value,
    maxTokensPerRound: store.caps.value.maxTokensPerRound,
    run: store.run.value,
    model: store.guidance.selected.value,
  });
}
