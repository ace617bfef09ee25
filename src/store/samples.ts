/** Samples: written once and atomically when they finish, read back whole or as slim rows. */
import type { SampleOutcome } from '../core/collect';
import type { Sample } from '../core/dataset/sample';
import { dbOf, type LceStore } from './open';
import { issued, writeTx } from './write';
import { rowOf, toRow } from './rows';
import type { RunRecord, SampleRow } from './schema';

/** Every row key of one run in the `run` index. */
export function runRange(runId: string): IDBKeyRange {
  return IDBKeyRange.bound([runId], [runId, []]);
}

/**
 * Stores a finished sample and its row in one transaction: both or neither. A sample whose id is
 * stored already is left untouched (`exists`), so a resumed run or a second tab can never write
 * one twice. `run` is the run it belongs to (for the row's set and model); `outcome`, when the
 * runner computed it, is used as is.
 */
export async function putSample(store: LceStore, sample: Sample, run?: RunRecord, outcome?: SampleOutcome): Promise<'written' | 'exists'> {
  const row: SampleRow = outcome ? toRow(outcome, run?.spec.setId ?? null) : rowOf(sample, run);
  const status = await writeTx(store, ['samples', 'rows'], async (tx) => {
    const samples = tx.objectStore('samples');
    if ((await samples.getKey(sample.id)) !== undefined) return 'exists' as const;
    // add, not put: even a writer that raced past the check cannot overwrite a stored sample.
    await Promise.all([issued(samples.add(sample)), issued(tx.objectStore('rows').add(row))]);
    return 'written' as const;
  }).catch((err) => {
    if ((err as { name?: string }).name === 'ConstraintError') return 'exists' as const;
    throw err;
  });
  if (status === 'written') store.feed.publish({ type: 'sample', row });
  return status;
}

/**
 * Stores many samples — a `samples.jsonl` from `lce collect`, another browser's export — `batch`
 * per transaction (each batch all or nothing); ids already stored are skipped, so loading the same
 * file twice adds nothing. Other tabs hear one `samples-added` change per batch.
 */
export async function putSamples(store: LceStore, samples: Iterable<Sample>, options: { run?: RunRecord; batch?: number } = {}): Promise<{ written: number; existing: number }> {
  const size = options.batch ?? 500;
  const totals = { written: 0, existing: 0 };
  const flush = async (batch: Sample[]) => {
    const written = await writeTx(store, ['samples', 'rows'], async (tx) => {
      const stored = tx.objectStore('samples');
      const rows = tx.objectStore('rows');
      // All the lookups at once: one round trip to the database per batch, not per sample.
      const present = await Promise.all(batch.map((s) => stored.getKey(s.id)));
      const adding = new Set<string>();
      const writes: Promise<unknown>[] = [];
      batch.forEach((sample, i) => {
        // Stored already, or earlier in this batch: left as it is (add-only).
        if (present[i] !== undefined || adding.has(sample.id)) return;
        adding.add(sample.id);
        writes.push(issued(stored.add(sample)), issued(rows.add(rowOf(sample, options.run))));
      });
      await Promise.all(writes);
      return adding.size;
    });
    totals.written += written;
    totals.existing += batch.length - written;
    if (written > 0) store.feed.publish({ type: 'samples-added', count: written });
  };
  let batch: Sample[] = [];
  for (const sample of samples) {
    batch.push(sample);
    if (batch.length === size) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await flush(batch);
  return totals;
}

/** The whole sample, or undefined. */
export async function getSample(store: LceStore, id: string): Promise<Sample | undefined> {
  return dbOf(store).get('samples', id);
}

/** The rows of one run (slim: no transcripts), newest first. */
export async function runRows(store: LceStore, runId: string): Promise<SampleRow[]> {
  return dbOf(store).getAllFromIndex('rows', 'run', runRange(runId));
}

/** The outcomes of one run, what the batch runner resumes from. */
export async function storedOutcomes(store: LceStore, runId: string): Promise<SampleOutcome[]> {
  return (await runRows(store, runId)).map(({ setId: _setId, newest: _newest, ...outcome }) => outcome);
}

/** How many samples one run has stored, counted in the index without reading a record. */
export async function countRunSamples(store: LceStore, runId: string): Promise<number> {
  return dbOf(store).countFromIndex('rows', 'run', runRange(runId));
}
