/**
 * What `solve()` streams. The UI, the CLI and the batch runner all consume these events; each
 * carries the run id so a cancelled run's late events can be dropped.
 */
import type { CellResult } from '../ports/python-runner';
import type { EngineInfo, Usage } from '../ports/llm-engine';
import type { Block, Method } from '../transcript';
import type { ContextBudget } from './context-budget';

/** Limits on one solution. Reaching one ends the solution with a visible `stopReason`. */
export interface SolveCaps {
  /** Generation rounds (one round = model text until a code block closes, then its execution). */
  maxRounds: number;
  maxTokensPerRound: number;
  cellTimeoutMs: number;
  /** Characters of execution output fed back to the model (head + tail kept, ToRA-style). */
  maxOutputChars: number;
}

export const DEFAULT_CAPS: SolveCaps = {
  maxRounds: 4,
  maxTokensPerRound: 1024,
  cellTimeoutMs: 10_000,
  maxOutputChars: 400,
};

/** Why a solution ended. Every cap has its own reason so none ends silently. */
export type StopReason =
  | 'answered' // the model finished its turn (EOS / end of answer)
  | 'max-rounds'
  | 'max-tokens'
  | 'context-full' // the next round would not fit the model's context window (see context-budget.ts)
  | 'aborted'
  | 'error';

/** AutoCode4Math: which methodology the model chose under `auto`, and whether it switched later. */
export interface StrategyChoice {
  chosen: 'cot' | 'code' | 'unknown';
  /** The cue that decided it, e.g. "Let's write a program". */
  cue: string | null;
  switched: boolean;
}

export interface RoundUsage extends Usage {
  round: number;
}

export interface SolveResult {
  method: Method;
  engine: EngineInfo;
  blocks: Block[];
  answer: string | null;
  rounds: number;
  stopReason: StopReason;
  /** Sentence for the UI, e.g. "Stopped after 4 rounds (the round cap)." */
  stopDetail: string;
  usage: { promptTokens: number; completionTokens: number; perRound: RoundUsage[] };
  /** The whole solution against the model's context window (tokens estimated on the safe side); absent when the engine does not know its window. */
  context?: ContextBudget;
  strategy?: StrategyChoice;
  /**
   * Sum of the log-probabilities of every token the model generated (not the injected outputs),
   * present only when the engine gave one for every token (ask with `sampling.logprobs`).
   */
  logprob?: number;
  ms: number;
}

export type SolveEvent =
  | { type: 'start'; runId: string; method: Method; engine: EngineInfo; caps: SolveCaps }
  | { type: 'round'; runId: string; round: number; /** This round's request against the model's window, when the engine knows it. */ context?: ContextBudget }
  | { type: 'token'; runId: string; round: number; text: string }
  | { type: 'block-start'; runId: string; index: number; blockType: Block['type'] }
  | { type: 'block-end'; runId: string; index: number; block: Block }
  | { type: 'exec-start'; runId: string; index: number; code: string }
  | { type: 'exec-result'; runId: string; index: number; result: CellResult; block: Block }
  | { type: 'usage'; runId: string; usage: RoundUsage }
  | { type: 'strategy'; runId: string; strategy: StrategyChoice }
  | { type: 'answer'; runId: string; answer: string | null }
  | { type: 'done'; runId: string; result: SolveResult }
  | { type: 'error'; runId: string; error: { name: string; message: string } };
