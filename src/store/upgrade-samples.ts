/**
 * Part of the version-2 upgrade: every stored sample is read through `upgradeSample` (rewritten
 * when it was older) and gets its slim row. Runs inside the upgrade transaction, so a crash half
 * way leaves the database at the old version with nothing changed.
 */
import type { IDBPTransaction } from 'idb';
import { upgradeSample } from '../core/dataset/sample-upgrade';
import { rowOf } from './rows';
import type { LceDb, LceStoreName, RunRecord } from './schema';

export async function upgradeStoredSamples(tx: IDBPTransaction<LceDb, LceStoreName[], 'versionchange'>): Promise<{ upgraded: number; unreadable: number }> {
  const runs = new Map<string, RunRecord>((await tx.objectStore('runs').getAll()).map((r) => [r.id, r]));
  const rows = tx.objectStore('rows');
  let upgraded = 0;
  let unreadable = 0;
  for (let cursor = await tx.objectStore('samples').openCursor(); cursor; cursor = await cursor.continue()) {
    const read = upgradeSample(cursor.value);
    // A record that is not a sample is left as it is: never delete what cannot be read.
    if (read.kind !== 'ok') {
      unreadable++;
      continue;
    }
    let row;
    try {
      row = rowOf(read.sample, read.sample.runId ? runs.get(read.sample.runId) : undefined);
    } catch {
      // A damaged record (no usage, say) must not stop the upgrade of all the others: it stays as it was, without a row.
      unreadable++;
      continue;
    }
    if (read.from !== read.sample.schema) {
      await cursor.update(read.sample);
      upgraded++;
    }
    await rows.put(row);
  }
  return { upgraded, unreadable };
}
