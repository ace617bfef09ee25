/** The slim row stored beside each sample: its outcome, the run's model key and problem set, and its sort key. */
import { modelKey, outcomeOf, type SampleOutcome } from '../core/collect';
import type { Sample } from '../core/dataset/sample';
import type { RunRecord, SampleRow } from './schema';

/** A row from an outcome: `newest` sorts newest first in ascending index order (IndexedDB's getAll only reads forwards). */
export function toRow(outcome: SampleOutcome, setId: string | null): SampleRow {
  const ms = Date.parse(outcome.createdAt);
  return { ...outcome, setId, newest: Number.isFinite(ms) ? -ms : 0 };
}

/** The row of a sample; `run` is the run it belongs to, when it belongs to one. */
export function rowOf(sample: Sample, run: RunRecord | undefined): SampleRow {
  const model = run
    ? modelKey(run.spec.model)
    : modelKey({ engine: sample.engine.kind, id: sample.engine.model, ...(sample.engine.quantization ? { quantization: sample.engine.quantization } : {}) });
  return toRow(outcomeOf(sample, model), run?.spec.setId ?? null);
}
