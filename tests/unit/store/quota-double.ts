/**
 * QuotaAfterWrites — a test double of a full disk, at the edge we cannot fill for real: after `n`
 * more writes (add or put) to any object store, the write's transaction is aborted with a
 * `QuotaExceededError`, as Chromium reports a quota failure (on the transaction, at commit).
 */
type Write = (this: IDBObjectStore, ...args: unknown[]) => unknown;

export function quotaAfterWrites(n: number): { disarm(): void; writes(): number } {
  // fake-indexeddb/auto installed its FDBObjectStore as the global IDBObjectStore.
  const proto = IDBObjectStore.prototype as unknown as Record<'add' | 'put', Write>;
  const original = { add: proto.add, put: proto.put };
  let count = 0;
  for (const method of ['add', 'put'] as const) {
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = original[method].apply(this, args);
      if (++count > n) (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    };
  }
  return {
    disarm() {
      proto.add = original.add;
      proto.put = original.put;
    },
    writes: () => count,
  };
}
