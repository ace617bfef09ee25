/** The batch runner's storage port over this database: resume from stored rows, write each sample once. */
import type { SampleSink } from '../core/collect';
import type { LceStore } from './open';
import { putSample, storedOutcomes } from './samples';
import type { RunRecord } from './schema';

export function createStoreSink(store: LceStore, run: RunRecord): SampleSink {
  return {
    stored: (runId) => storedOutcomes(store, runId),
    put: (sample, outcome) => putSample(store, sample, run, outcome),
  };
}
