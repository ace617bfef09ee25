/**
 * How much space a run takes, for the Data view's delete confirmation. Reading 25,000 transcripts
 * to add up their sizes would take seconds, so the size is estimated from a few of them (their JSON
 * length, close to what IndexedDB stores) times the count taken from the index.
 */
import { dbOf, type LceStore } from './open';
import { runRange } from './samples';

export interface RunFootprint {
  samples: number;
  /** Estimated bytes of the run's samples and rows. */
  bytes: number;
  /** How many samples the estimate was made from. */
  measured: number;
}

/** Samples read to estimate a run's size. */
export const FOOTPRINT_SAMPLES = 64;
/** A slim row and its ten index keys beside each sample: an estimate (ids and model keys repeat in every key). */
const ROW_BYTES = 400;

/** The run's sample count and estimated size. */
export async function runFootprint(store: LceStore, runId: string): Promise<RunFootprint> {
  const db = dbOf(store);
  const samples = await db.countFromIndex('rows', 'run', runRange(runId));
  if (samples === 0) return { samples, bytes: 0, measured: 0 };
  const ids = await db.getAllKeysFromIndex('rows', 'run', runRange(runId), FOOTPRINT_SAMPLES);
  const tx = db.transaction('samples');
  const read = await Promise.all(ids.map((id) => tx.store.get(id)));
  const sizes = read.filter((s) => s !== undefined).map((s) => JSON.stringify(s).length);
  const mean = sizes.length > 0 ? sizes.reduce((a, b) => a + b, 0) / sizes.length : 0;
  return { samples, bytes: Math.round(samples * (mean + ROW_BYTES)), measured: sizes.length };
}
