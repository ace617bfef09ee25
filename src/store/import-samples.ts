/**
 * Writing samples read from files (`lce collect`'s JSONL, another browser's download) into this
 * database. A sample whose run is stored here gets that run's problem set and model in its row,
 * as if the run had made it here; others keep their own model and no set. Ids already stored are
 * skipped (`putSamples` writes add-only), so merging the same file twice adds nothing.
 */
import type { Sample } from '../core/dataset/sample';
import type { LceStore } from './open';
import { getRun } from './runs';
import { putSamples } from './samples';
import type { RunRecord } from './schema';

/** Remembers which run ids have a run record here, so a 100k-line file asks once per run. */
export type RunLookup = (runId: string | undefined) => Promise<RunRecord | undefined>;

export function createRunLookup(store: LceStore): RunLookup {
  const runs = new Map<string, Promise<RunRecord | undefined>>();
  return (runId) => {
    if (runId === undefined) return Promise.resolve(undefined);
    let run = runs.get(runId);
    if (!run) runs.set(runId, (run = getRun(store, runId)));
    return run;
  };
}

/**
 * Stores one batch of imported samples: one transaction per run in the batch (all or nothing; a
 * full disk throws `StorageFullError` and leaves every earlier batch as it was).
 */
export async function putImportedSamples(store: LceStore, samples: readonly Sample[], runOf: RunLookup): Promise<{ written: number; existing: number }> {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const key = s.runId ?? '';
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const totals = { written: 0, existing: 0 };
  for (const [runId, group] of groups) {
    const run = await runOf(runId === '' ? undefined : runId);
    const r = await putSamples(store, group, { ...(run ? { run } : {}), batch: group.length });
    totals.written += r.written;
    totals.existing += r.existing;
  }
  return totals;
}
