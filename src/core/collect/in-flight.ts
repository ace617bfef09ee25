/** The samples a runner has in flight and what each is doing, told as `sample-start` and `phase` events. */
import type { BatchEvent, InFlightSample, PlannedSample, SamplePhase } from './types';

export interface InFlightBoard {
  add(item: PlannedSample): void;
  /** Moves a sample to `phase` (and `round`); says so only when something changed. */
  setPhase(id: string, phase: SamplePhase, round?: number): void;
  phaseOf(id: string): SamplePhase | undefined;
  remove(id: string): void;
  list(): InFlightSample[];
}

export function createInFlightBoard(runId: string, push: (event: BatchEvent) => void): InFlightBoard {
  const samples = new Map<string, InFlightSample>();
  return {
    add(item) {
      const sample: InFlightSample = { id: item.id, problemId: item.problem.id, method: item.method, attempt: item.attempt, phase: 'waiting-for-engine', round: 0 };
      samples.set(item.id, sample);
      push({ type: 'sample-start', runId, sample: { ...sample } });
    },
    setPhase(id, phase, round) {
      const s = samples.get(id);
      if (!s || (s.phase === phase && (round === undefined || round === s.round))) return;
      s.phase = phase;
      if (round !== undefined) s.round = round;
      push({ type: 'phase', runId, sampleId: id, phase });
    },
    phaseOf: (id) => samples.get(id)?.phase,
    remove: (id) => void samples.delete(id),
    list: () => [...samples.values()].map((s) => ({ ...s })),
  };
}
