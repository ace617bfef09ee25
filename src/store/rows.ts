/** The slim row stored beside each sample: its outcome, the run's model key and problem set. */
import { modelKey, outcomeOf } from '../core/collect';
import type { Sample } from '../core/dataset/sample';
import type { RunRecord, SampleRow } from './schema';

/** The row of a sample; `run` is the run it belongs to, when it belongs to one. */
export function rowOf(sample: Sample, run: RunRecord | undefined): SampleRow {
  const model = run
    ? modelKey(run.spec.model)
    : modelKey({ engine: sample.engine.kind, id: sample.engine.model, ...(sample.engine.quantization ? { quantization: sample.engine.quantization } : {}) });
  return { ...outcomeOf(sample, model), setId: run?.spec.setId ?? null };
}
