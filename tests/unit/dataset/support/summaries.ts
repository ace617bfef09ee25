/** Builds planner inputs (summaries) for table tests of the pure planning functions. */
import { sketchOf } from '../../../../src/core/dataset/fingerprint';
import type { SampleSummary } from '../../../../src/core/dataset/summary';

export function summary(id: string, over: Partial<SampleSummary> & { text?: string } = {}): SampleSummary {
  const { text, ...rest } = over;
  return {
    id,
    ref: id,
    family: 'qwen2.5-math',
    method: 'lce',
    model: 'm',
    promptId: 'p1',
    problemKey: 'ab00000000',
    verdict: true,
    finished: true,
    rounds: 2,
    chars: 100,
    codeErrorRate: 0,
    methodology: 'code',
    sketch: sketchOf([text ?? `a distinct response written for ${id} alone`]),
    ...rest,
  };
}
