/**
 * Progress of a run as a pure state: done / total, rate, ETA and live accuracy per method. The
 * runner feeds it outcomes; a second tab can rebuild the same state from stored outcomes.
 */
import type { Method } from '../transcript';
import type { BatchProgress, InFlightSample, MethodProgress, SampleOutcome } from './types';

/** Completions the rate is measured over: recent enough to follow a change of speed. */
export const RATE_WINDOW = 20;

export interface ProgressState {
  readonly total: number;
  readonly done: number;
  readonly madeNow: number;
  readonly startedAt: number;
  readonly perMethod: Readonly<Partial<Record<Method, MethodProgress>>>;
  /** When each of the last `RATE_WINDOW` samples made now finished. */
  readonly recent: readonly number[];
}

function addToMethod(m: MethodProgress | undefined, outcome: SampleOutcome): MethodProgress {
  const done = (m?.done ?? 0) + 1;
  const judged = (m?.judged ?? 0) + (outcome.verdict === 'unjudged' ? 0 : 1);
  const correct = (m?.correct ?? 0) + (outcome.verdict === 'correct' ? 1 : 0);
  return { done, judged, correct, accuracy: judged === 0 ? null : correct / judged };
}

/** The state of a run that has `stored` samples already and `total` in its plan. */
export function startProgress(total: number, stored: readonly SampleOutcome[], now: number): ProgressState {
  let state: ProgressState = { total, done: 0, madeNow: 0, startedAt: now, perMethod: {}, recent: [] };
  for (const o of stored) state = addOutcome(state, o, { made: false, at: now });
  return state;
}

/** Counts one finished sample; `made` is false for one found stored (it adds to done, not to the rate). */
export function addOutcome(state: ProgressState, outcome: SampleOutcome, { made, at }: { made: boolean; at: number }): ProgressState {
  return {
    ...state,
    done: state.done + 1,
    madeNow: state.madeNow + (made ? 1 : 0),
    perMethod: { ...state.perMethod, [outcome.method]: addToMethod(state.perMethod[outcome.method], outcome) },
    recent: made ? [...state.recent, at].slice(-RATE_WINDOW) : state.recent,
  };
}

/** Samples per minute over the last completions (from the start while there are few). */
export function samplesPerMinute(state: ProgressState): number | null {
  if (state.madeNow === 0) return null;
  const times = state.madeNow <= RATE_WINDOW ? [state.startedAt, ...state.recent] : state.recent;
  const span = times.at(-1)! - times[0]!;
  return span <= 0 ? null : ((times.length - 1) / span) * 60_000;
}

/** What a progress line shows. `busyMs` is how long the engine generated since the start. */
export function viewProgress(state: ProgressState, now: number, inFlight: readonly InFlightSample[], busyMs: number | null): BatchProgress {
  const rate = samplesPerMinute(state);
  const left = Math.max(0, state.total - state.done);
  const wall = now - state.startedAt;
  return {
    done: state.done,
    total: state.total,
    madeNow: state.madeNow,
    samplesPerMinute: rate,
    etaSeconds: left === 0 ? 0 : rate === null ? null : (left / rate) * 60,
    perMethod: { ...state.perMethod },
    inFlight: inFlight.map((s) => ({ ...s })),
    engineBusyFraction: busyMs === null || wall <= 0 ? null : Math.min(1, busyMs / wall),
  };
}
