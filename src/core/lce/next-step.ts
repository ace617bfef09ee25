/**
 * What the solve loop does next — a pure decision over plain facts, so every way a solution can go
 * on or end is one row of a table (tests/unit/lce/next-step.test.ts). Stops are values: the loop
 * returns the `Stop` it was given; nothing is thrown to end a run.
 */
import type { FinishReason } from '../ports/llm-engine';
import { OUTPUT_STOP } from '../prompt';
import type { Method } from '../transcript';
import type { ParsedRound } from './block-parser';
import { type ContextBudget, formatTokens, hasRoomForRound, roomLeft } from './context-budget';
import type { SolveCaps, StopReason } from './events';

/** The loop ends, with the reason and the sentence the result carries. */
export interface Stop {
  kind: 'stop';
  reason: StopReason;
  detail: string;
}

/** Run the code block at `codeIndex`, then decide again; or start another round; or stop. */
export type Step = { kind: 'execute'; codeIndex: number } | { kind: 'continue' } | Stop;

/** The one way a run the user cancelled ends. */
export const STOPPED_BY_USER: Stop = { kind: 'stop', reason: 'aborted', detail: 'Stopped by the user.' };

/** Where the loop is when it asks, and what it knows there. */
export type LoopPoint =
  | {
      /** No round ran yet (a new solution, or one resumed from an edited transcript). */
      after: 'start';
      caps: Pick<SolveCaps, 'maxTokensPerRound'>;
      /** The first request against the model's window; null when the engine does not know its window. */
      context: ContextBudget | null;
    }
  | {
      /** A generation round just ended. */
      after: 'round';
      method: Method;
      round: number;
      caps: Pick<SolveCaps, 'maxRounds' | 'maxTokensPerRound'>;
      /** The most tokens the round was allowed: the round cap, or less when the window had less room. */
      maxTokens: number;
      /** The round's request against the model's window (null: unknown window). */
      context: ContextBudget | null;
      aborted: boolean;
      /** The engine's finish reason; `cut` when the loop stopped reading (a stop string showed up in the text). */
      finish: FinishReason | 'cut';
      /** The stop string the engine says it stopped on (null or absent when it did not say). */
      engineStop: string | null | undefined;
      parsed: Pick<ParsedRound, 'stop' | 'unterminatedCode' | 'endsWithCode'>;
      /** Index of the last code block written in this round, or -1. */
      codeIndex: number;
    }
  | {
      /** The cell a round asked for just ran; its output is in the transcript. */
      after: 'cell';
      method: Method;
      round: number;
      caps: Pick<SolveCaps, 'maxRounds' | 'maxTokensPerRound'>;
      aborted: boolean;
      /** The next round's request, output included, against the model's window (null: unknown window). */
      context: ContextBudget | null;
    };

const stop = (reason: StopReason, detail: string): Stop => ({ kind: 'stop', reason, detail });

// Every context-full sentence ends the same way; the estimate is said to be one.
const estimated = (b: ContextBudget) => `≈ ${formatTokens(b.tokens)} tokens (estimated on the safe side: counted high)`;
const windowOf = (b: ContextBudget) => `the model's ${formatTokens(b.window)}-token context window`;

/** Decides what happens at `at`. */
export function nextStep(at: LoopPoint): Step {
  if (at.after === 'start') {
    if (hasRoomForRound(at.caps.maxTokensPerRound, at.context)) return { kind: 'continue' };
    const b = at.context!;
    return stop('context-full', `Context full before round 1: the prompt is ${estimated(b)}, which leaves ${formatTokens(Math.max(0, roomLeft(b)))} of ${windowOf(b)} for the answer. Shorten the problem or use a model with a larger window.`);
  }
  if (at.after === 'cell') {
    if (at.method === 'code') return stop('answered', 'The program ran; its output is the answer.');
    if (at.round >= at.caps.maxRounds) {
      return stop('max-rounds', `Stopped after ${at.round} rounds (the round cap); the model did not see the last output. Raise the round cap to let it continue.`);
    }
    if (at.aborted) return STOPPED_BY_USER;
    if (!hasRoomForRound(at.caps.maxTokensPerRound, at.context)) {
      const b = at.context!;
      return stop('context-full', `Context full after round ${at.round}: the solution so far is ${estimated(b)}, which leaves ${formatTokens(Math.max(0, roomLeft(b)))} of ${windowOf(b)}: too little for another round, so the model did not see the last output. Use a model with a larger window, or fewer tokens per round.`);
    }
    return { kind: 'continue' };
  }
  const { parsed, finish, engineStop } = at;
  if (finish === 'abort' || at.aborted) return STOPPED_BY_USER;
  // Asked for an execution: stopped at ```output (seen in the text or reported by the engine), or the
  // engine stopped without saying on what right after a closed code block.
  const wantsOutput =
    at.method !== 'cot' &&
    (parsed.stop === OUTPUT_STOP || engineStop === OUTPUT_STOP || (finish === 'stop' && parsed.stop === null && !engineStop && parsed.endsWithCode));
  if (wantsOutput && at.codeIndex >= 0 && !parsed.unterminatedCode) return { kind: 'execute', codeIndex: at.codeIndex };
  if (wantsOutput && at.codeIndex < 0) return stop('answered', 'The model asked for an execution output without writing a code block in this round; nothing was run.');
  if (finish === 'length' && parsed.stop === null && at.context && at.maxTokens < at.caps.maxTokensPerRound) {
    const b = at.context;
    return stop('context-full', `Context full in round ${at.round}: the round started at ${estimated(b)} and used the last ${formatTokens(at.maxTokens)} tokens of ${windowOf(b)} before the model finished. Use a model with a larger window, or fewer tokens per round.`);
  }
  if (finish === 'length' && parsed.stop === null) {
    const inCode = parsed.unterminatedCode ? ' inside an unfinished code block, which was not run' : '';
    return stop('max-tokens', `Stopped: round ${at.round} reached the cap of ${at.caps.maxTokensPerRound} tokens${inCode}. Raise the token cap to let the model finish.`);
  }
  return stop('answered', 'The model finished its answer.');
}
