/** Runs: created when a batch starts, their status kept as it pauses, resumes, finishes or fails. */
import type { RunSpec } from '../core/collect';
import { dbOf, type LceStore } from './open';
import { issued, writeTx } from './write';
import { runRange } from './samples';
import type { RunRecord, RunStatus } from './schema';

/** Stores a new run (status `paused` until a runner takes it). Refuses an id in use. */
export async function createRun(store: LceStore, spec: RunSpec, info: { setName: string; total: number; now?: Date }): Promise<RunRecord> {
  const at = (info.now ?? new Date()).toISOString();
  const run: RunRecord = { id: spec.id, spec, setName: info.setName, status: 'paused', total: info.total, createdAt: at, updatedAt: at };
  await writeTx(store, ['runs'], (tx) => tx.objectStore('runs').add(run));
  store.feed.publish({ type: 'run', runId: run.id, status: run.status });
  return run;
}

export async function getRun(store: LceStore, runId: string): Promise<RunRecord | undefined> {
  return dbOf(store).get('runs', runId);
}

/** Every run, newest first; only those on one problem set when `setId` is given. */
export async function listRuns(store: LceStore, filter: { setId?: string } = {}): Promise<RunRecord[]> {
  const db = dbOf(store);
  const runs = filter.setId ? await db.getAllFromIndex('runs', 'setId', filter.setId) : await db.getAll('runs');
  return runs.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** Records a run's new status (and why it failed). Returns the updated record, or undefined when it was deleted. */
export async function setRunStatus(store: LceStore, runId: string, status: RunStatus, error?: { name: string; message: string }): Promise<RunRecord | undefined> {
  const updated = await writeTx(store, ['runs'], async (tx) => {
    const run = await tx.objectStore('runs').get(runId);
    if (!run) return undefined;
    const next: RunRecord = { ...run, status, updatedAt: new Date().toISOString() };
    if (error) next.error = error;
    else delete next.error;
    await tx.objectStore('runs').put(next);
    return next;
  });
  if (updated) store.feed.publish({ type: 'run', runId, status });
  return updated;
}

/** Deletes a run with all its samples, rows and lease, in one transaction. Returns how many samples went. */
export async function deleteRun(store: LceStore, runId: string): Promise<number> {
  const removed = await writeTx(store, ['runs', 'samples', 'rows', 'leases'], async (tx) => {
    const samples = tx.objectStore('samples');
    const rows = tx.objectStore('rows');
    const ids = await rows.index('run').getAllKeys(runRange(runId));
    const deletions = ids.flatMap((id) => [issued(samples.delete(id)), issued(rows.delete(id))]);
    await Promise.all([...deletions, tx.objectStore('runs').delete(runId), tx.objectStore('leases').delete(runId)]);
    return deletions.length / 2;
  });
  store.feed.publish({ type: 'run-deleted', runId });
  return removed;
}
