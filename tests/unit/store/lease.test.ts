import { describe, expect, test } from 'vitest';
import { acquireRunLease, type LockManagerLike } from '../../../src/store';
import { freshStore, secondTab } from './support';

/** A manual clock and heartbeat: a "crashed" tab is one whose heartbeat is never called again. */
function timeline() {
  let t = 1_000;
  const beats: Array<() => void> = [];
  return {
    now: () => t,
    advance: (ms: number) => (t += ms),
    every: (_ms: number, fn: () => void) => {
      beats.push(fn);
      return () => beats.splice(beats.indexOf(fn), 1);
    },
    beat: async () => {
      for (const fn of [...beats]) fn();
      await new Promise((r) => setTimeout(r, 20));
    },
  };
}

describe('acquireRunLease with the IndexedDB lease', () => {
  describe('should let one tab at a time drive a run', () => {
    test('for a second tab asking while the first holds it, and after the first releases it', async () => {
      const store = await freshStore();
      const other = await secondTab(store);
      const clock = timeline();
      const options = { locks: null, ttlMs: 15_000, now: clock.now, every: clock.every };
      const first = await acquireRunLease(store, 'run-a', { ...options, holder: 'tab-1' });
      expect(first.kind).toBe('acquired');
      expect(await acquireRunLease(other, 'run-a', { ...options, holder: 'tab-2' })).toEqual({ kind: 'held', by: 'tab-1' });
      expect((await acquireRunLease(other, 'run-b', { ...options, holder: 'tab-2' })).kind).toBe('acquired');
      if (first.kind === 'acquired') await first.lease.release();
      expect((await acquireRunLease(other, 'run-a', { ...options, holder: 'tab-2' })).kind).toBe('acquired');
    });

    test('for a tab kept alive by its heartbeat past the lease time', async () => {
      const store = await freshStore();
      const clock = timeline();
      const options = { locks: null, ttlMs: 15_000, now: clock.now, every: clock.every };
      const first = await acquireRunLease(store, 'run-a', { ...options, holder: 'tab-1' });
      for (let i = 0; i < 6; i++) {
        clock.advance(5_000);
        await clock.beat();
      }
      expect(await acquireRunLease(store, 'run-a', { ...options, holder: 'tab-2' })).toEqual({ kind: 'held', by: 'tab-1' });
      expect(first.kind === 'acquired' && first.lease.lost.aborted).toBe(false);
    });
  });

  describe("should hand a crashed tab's run to another and tell the stalled one", () => {
    test('for a lease whose heartbeat stopped for longer than its lifetime', async () => {
      const store = await freshStore();
      const clock = timeline();
      const options = { locks: null, ttlMs: 15_000, now: clock.now, every: clock.every };
      const stalled = await acquireRunLease(store, 'run-a', { ...options, holder: 'tab-1' });
      clock.advance(15_001);
      const taker = await acquireRunLease(store, 'run-a', { locks: null, ttlMs: 15_000, now: clock.now, holder: 'tab-2', every: () => () => undefined });
      expect(taker.kind).toBe('acquired');
      // The stalled tab wakes up: its next heartbeat finds the lease taken, so its run must stop.
      await clock.beat();
      expect(stalled.kind === 'acquired' && stalled.lease.lost.aborted).toBe(true);
    });
  });
});

/** FakeLocks — a test double of `navigator.locks` (Node has none) with `ifAvailable` semantics. */
class FakeLocks implements LockManagerLike {
  private held = new Set<string>();
  async request(name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void>): Promise<unknown> {
    if (this.held.has(name)) return callback(null);
    this.held.add(name);
    try {
      return await callback({ name });
    } finally {
      this.held.delete(name);
    }
  }
}

describe('acquireRunLease with Web Locks', () => {
  test('should hold the lock until released and refuse it meanwhile', async () => {
    const store = await freshStore();
    const locks = new FakeLocks();
    const first = await acquireRunLease(store, 'run-a', { locks });
    expect(first.kind).toBe('acquired');
    expect(await acquireRunLease(store, 'run-a', { locks })).toEqual({ kind: 'held', by: null });
    if (first.kind === 'acquired') await first.lease.release();
    await new Promise((r) => setTimeout(r, 0));
    expect((await acquireRunLease(store, 'run-a', { locks })).kind).toBe('acquired');
  });
});
