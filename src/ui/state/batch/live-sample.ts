/**
 * The transcript of the sample being generated, from the batch runner's events: each sample in
 * flight keeps its own `RunState` (the solve view's reducer), and the one shown is the sample that
 * holds the engine now — or, between generations, the one that held it last.
 */
import type { BatchEvent, InFlightSample } from '../../../core/collect';
import { applySolveEvent, beginRun, initialRunState, type RunState } from '../run-state';

export interface LiveSample {
  sample: InFlightSample;
  state: RunState;
}

export interface LiveBoard {
  /** Samples in flight, by id. */
  readonly samples: ReadonlyMap<string, LiveSample>;
  /** The sample shown: the one generating, else the last that did. */
  readonly shownId: string | null;
}

export function emptyLiveBoard(): LiveBoard {
  return { samples: new Map(), shownId: null };
}

/** Folds one batch event into the board (pure: returns a new board when something changed). */
export function applyBatchEvent(board: LiveBoard, event: BatchEvent, now: number): LiveBoard {
  switch (event.type) {
    case 'sample-start': {
      const samples = new Map(board.samples);
      samples.set(event.sample.id, { sample: event.sample, state: beginRun(initialRunState()) });
      return { samples, shownId: board.shownId ?? event.sample.id };
    }
    case 'phase': {
      const live = board.samples.get(event.sampleId);
      if (!live) return board;
      const samples = new Map(board.samples);
      samples.set(event.sampleId, { ...live, sample: { ...live.sample, phase: event.phase } });
      return { samples, shownId: event.phase === 'generating' ? event.sampleId : board.shownId };
    }
    case 'solve': {
      const live = board.samples.get(event.sampleId);
      if (!live) return board;
      // A retried attempt starts a new solve: show it from its start.
      const from = event.event.type === 'start' && live.state.phase !== 'starting' ? beginRun(live.state) : live.state;
      const state = applySolveEvent(from, event.event, now);
      if (state === live.state) return board;
      const samples = new Map(board.samples);
      const round = event.event.type === 'round' ? event.event.round : live.sample.round;
      samples.set(event.sampleId, { sample: { ...live.sample, round }, state });
      return { samples, shownId: board.shownId };
    }
    case 'sample-done':
    case 'end': {
      const samples = new Map(board.samples);
      if (event.type === 'sample-done') samples.delete(event.sample.id);
      else samples.clear();
      const shownId = board.shownId !== null && samples.has(board.shownId) ? board.shownId : (samples.keys().next().value ?? null);
      return { samples, shownId };
    }
    default:
      return board;
  }
}

/** The shown sample, if any. */
export function shownSample(board: LiveBoard): LiveSample | null {
  return board.shownId === null ? null : (board.samples.get(board.shownId) ?? null);
}
