/**
 * What the solve loop does next — a pure decision over plain facts, so every way a solution can go
 * on or end is one row of a table (tests/unit/lce/next-step.test.ts). Stops are values: the loop
 * returns the `Stop` it was given; nothing is thrown to end a run.
 */
import type { FinishReason } from '../ports/llm-engine';
import { OUTPUT_STOP } from '../prompt';
import type { Method } from '../transcript';
import type { ParsedRound } from './block-parser';
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
      /** A generation round just ended. */
      after: 'round';
      method: Method;
      round: number;
      caps: Pick<SolveCaps, 'maxRounds' | 'maxTokensPerRound'>;
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
      caps: Pick<SolveCaps, 'maxRounds'>;
      aborted: boolean;
    };

const stop = (reason: StopReason, detail: string): Stop => ({ kind: 'stop', reason, detail });

/** Decides what happens at `at`. */
export function nextStep(at: LoopPoint): Step {
  if (at.after === 'cell') {
    if (at.method === 'code') return stop('answered', 'The program ran; its output is the answer.');
    if (at.round >= at.caps.maxRounds) {
      return stop('max-rounds', `Stopped after ${at.round} rounds (the round cap); the model did not see the last output. Raise the round cap to let it continue.`);
    }
    return at.aborted ? STOPPED_BY_USER : { kind: 'continue' };
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
  if (finish === 'length' && parsed.stop === null) {
    const inCode = parsed.unterminatedCode ? ' inside an unfinished code block, which was not run' : '';
    return stop('max-tokens', `Stopped: round ${at.round} reached the cap of ${at.caps.maxTokensPerRound} tokens${inCode}. Raise the token cap to let the model finish.`);
  }
  return stop('answered', 'The model finished its answer.');
}
