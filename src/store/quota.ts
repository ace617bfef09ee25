/**
 * A full disk or quota surfaces as a `QuotaExceededError` on the aborted transaction. Because every
 * write is one transaction, the failed write leaves nothing behind and everything before it stays;
 * the user gets a sentence with the usage and what to delete instead of a DOMException.
 */
import { StorageFullError } from '../core/errors';
import { storageEstimate } from '../engine/webllm/model-cache';
import { dbOf, storageOf, type LceStore } from './open';
import { storedRunIds } from './query';

/** True for the quota errors browsers raise (Chromium, WebKit: QuotaExceededError; old Firefox: NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The storage-full error for this store: usage, quota and the biggest runs to delete. */
export async function storageFullError(store: LceStore): Promise<StorageFullError> {
  const report = await storageEstimate(storageOf(store));
  let runs: Array<{ id: string; setName: string | null; samples: number }> = [];
  try {
    const db = dbOf(store);
    const names = new Map((await db.getAll('runs')).map((r) => [r.id, r.setName]));
    // Every run that has samples, including runs imported from another browser (no run record here).
    const ids = new Set([...names.keys(), ...(await storedRunIds(store))]);
    runs = await Promise.all([...ids].map(async (id) => ({ id, setName: names.get(id) ?? null, samples: await db.countFromIndex('rows', 'run', IDBKeyRange.bound([id], [id, []])) })));
  } catch {
    // Reading can fail too on a full disk: the sentence then goes without the list.
  }
  const largest = runs.filter((r) => r.samples > 0).sort((a, b) => b.samples - a.samples).slice(0, 3);
  const list = largest.map((r) => `${r.id}${r.setName ? ` on ${r.setName}` : ''} (${r.samples.toLocaleString('en-US')} samples)`).join(', ');
  const advice = largest.length > 0
    ? `Export what you need, then delete runs you no longer need in the Data view — the largest are ${list} — or delete downloaded models in the Models panel, then resume.`
    : 'Delete downloaded models you do not use in the Models panel, or free disk space, then try again.';
  return new StorageFullError(report.usedBytes, report.quotaBytes, advice);
}

/** Runs one write; a quota failure becomes `StorageFullError`, anything else is rethrown as is. */
export async function guardQuota<T>(store: LceStore, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isQuotaError(err)) throw await storageFullError(store);
    throw err;
  }
}
