/** A bounded least-recently-used memo: the same input string is rendered once, old entries fall out. */

/** A memoised string function with a bounded cache; `size` is exposed for tests. */
export interface Memo<T> {
  (key: string): T;
  readonly size: number;
  /** How many times the wrapped function actually ran (for tests and the bench). */
  readonly misses: number;
}

/** Wraps `fn` so repeated keys hit the cache; keeps at most `max` entries (oldest use evicted). */
export function createMemo<T>(fn: (key: string) => T, max = 500): Memo<T> {
  const cache = new Map<string, T>();
  let misses = 0;
  const memo = (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      cache.delete(key);
      cache.set(key, hit as T);
      return hit as T;
    }
    misses++;
    const value = fn(key);
    cache.set(key, value);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return value;
  };
  Object.defineProperty(memo, 'size', { get: () => cache.size });
  Object.defineProperty(memo, 'misses', { get: () => misses });
  return memo as Memo<T>;
}
