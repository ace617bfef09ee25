/** The one way this folder writes: a single transaction, aborted whole on any failure, quota errors turned into a sentence. */
import type { IDBPTransaction } from 'idb';
import { dbOf, type LceStore } from './open';
import { guardQuota } from './quota';
import type { LceDb, LceStoreName } from './schema';

export type WriteTx<N extends LceStoreName[]> = IDBPTransaction<LceDb, N, 'readwrite'>;

/**
 * Runs `fn` in one read-write transaction over `names` and waits for it to commit. If anything
 * fails the whole transaction is aborted, so a write is all or nothing; the error thrown is the
 * transaction's own (a quota failure is reported there, its requests only say AbortError).
 */
export async function writeTx<N extends LceStoreName[], T>(store: LceStore, names: N, fn: (tx: WriteTx<N>) => Promise<T>): Promise<T> {
  return guardQuota(store, async () => {
    const tx = dbOf(store).transaction(names, 'readwrite');
    try {
      const [value] = await Promise.all([fn(tx), tx.done]);
      return value;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        // Already aborted or finished.
      }
      throw tx.error ?? err;
    }
  });
}

/**
 * Marks a request's promise as observed. When a transaction aborts while requests are still being
 * issued (a refused request throws at once), the ones issued before it would otherwise reject
 * unobserved; their failure reaches the caller through the transaction's error anyway.
 */
export function issued<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}
