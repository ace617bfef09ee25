/**
 * Drives one `solve()` into a state holder: consumes its events, then asks the critic. Stop aborts
 * the signal and retires the run id at once, so whatever the run still emits is dropped.
 */
import type { Problem } from '../../core/problem/types';
import type { SolveCaps } from '../../core/lce/events';
import type { Block, Method } from '../../core/transcript';
import type { LlmEngine } from '../../core/ports/llm-engine';
import type { AppDeps } from './deps';
import { renderBlocks } from '../../core/prompt';
import {
  applySolveEvent,
  beginRun,
  failRun,
  setVerdict,
  stopRun,
  verdictPending,
  type RunState,
} from './run-state';

/** Somewhere a RunState lives (a signal in the app, a plain box in tests). */
export interface RunBox {
  value: RunState;
}

export interface DriveOptions {
  problem: Problem;
  method: Method;
  caps: SolveCaps;
  /** Creates and loads the engine; the signal aborts a load in progress. */
  engine: (signal: AbortSignal) => Promise<LlmEngine>;
  session: string;
  prefix?: Block[];
}

/** A running solve that can be stopped. `done` settles when the run is over (never rejects). */
export interface DriveHandle {
  stop(): void;
  done: Promise<void>;
}

/** Starts a solve into `box`; events of earlier runs in the same box are dropped. */
export function driveSolve(deps: AppDeps, box: RunBox, options: DriveOptions): DriveHandle {
  const controller = new AbortController();
  box.value = beginRun(box.value, options.prefix ?? []);
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    controller.abort();
    box.value = stopRun(box.value);
  };

  const done = (async () => {
    try {
      const engine = await options.engine(controller.signal);
      if (controller.signal.aborted) return;
      const events = deps.solve(options.problem, {
        engine,
        runner: deps.getRunner(),
        method: options.method,
        caps: options.caps,
        signal: controller.signal,
        prefix: options.prefix,
        session: options.session,
      });
      for await (const event of events) {
        if (stopped) break;
        box.value = applySolveEvent(box.value, event, deps.now());
      }
    } catch (err) {
      if (!stopped) box.value = failRun(box.value, err);
      return;
    }
    if (stopped) return;
    await judgeInto(deps, box, options.problem);
  })();
  return { stop, done };
}

/** Asks the critic about the final answer when there is a reference and an answer. */
export async function judgeInto(deps: AppDeps, box: RunBox, problem: Problem): Promise<void> {
  const state = box.value;
  const reference = problem.reference?.trim();
  if (!deps.judge || !reference || (state.phase !== 'done' && state.phase !== 'restored') || state.answer === null) return;
  const { runId, phase } = state;
  box.value = verdictPending(state);
  let verdict = null;
  try {
    // The whole response, not only its last box: the critic reads several answers, corrections and hedges.
    verdict = await deps.judge(state.blocks.length > 0 ? renderBlocks(state.blocks) : state.answer, reference, { question: problem.question });
  } catch (err) {
    verdict = { equal: null, method: 'none' as const, reason: `The critic failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  // A new run may have started meanwhile; its state must not get this verdict.
  if (box.value.runId === runId && box.value.phase === phase) box.value = setVerdict(box.value, verdict);
}

export type { RunState };
