/**
 * The run lease: one tab at a time drives a run, so two tabs on the same database never make the
 * same batch twice. Web Locks where the browser has them (the browser frees the lock when the tab
 * closes or crashes); elsewhere a lease record in IndexedDB, renewed by a heartbeat and taken over
 * once it has expired. Either way the stored sample ids stay the last line of defence: a write of
 * an id that exists is refused.
 */
import { dbOf, type LceStore } from './open';
import type { LeaseRecord } from './schema';

export interface RunLease {
  /** Aborts if the lease is lost (its record was taken over after this tab stalled): stop the run. */
  readonly lost: AbortSignal;
  release(): Promise<void>;
}

export type LeaseOutcome = { kind: 'acquired'; lease: RunLease } | { kind: 'held'; by: string | null };

/** The part of `navigator.locks` used here. */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void>): Promise<unknown>;
}

export interface LeaseOptions {
  /** Web Locks (default `navigator.locks`); null forces the IndexedDB lease. */
  locks?: LockManagerLike | null;
  /** Who asks (default: a random id per call); shown to a tab that finds the run held. */
  holder?: string;
  /** How long an IndexedDB lease lives without a heartbeat (default 15 s). */
  ttlMs?: number;
  now?: () => number;
  /** Schedules the heartbeat; returns a cancel function (default `setInterval`). */
  every?: (ms: number, fn: () => void) => () => void;
}

export const DEFAULT_LEASE_TTL_MS = 15_000;

function defaultLocks(): LockManagerLike | null {
  return (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks ?? null;
}

const defaultEvery = (ms: number, fn: () => void) => {
  const id = setInterval(fn, ms);
  return () => clearInterval(id);
};

/** Takes the lease of `runId` if no other tab holds it. */
export async function acquireRunLease(store: LceStore, runId: string, options: LeaseOptions = {}): Promise<LeaseOutcome> {
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const holder = options.holder ?? crypto.randomUUID();
  return locks ? withWebLock(locks, `lce-run:${store.name}:${runId}`) : withLeaseRecord(store, runId, holder, options);
}

function withWebLock(locks: LockManagerLike, name: string): Promise<LeaseOutcome> {
  return new Promise<LeaseOutcome>((resolve, reject) => {
    const lost = new AbortController();
    let answered = false;
    const answer = (outcome: LeaseOutcome) => {
      answered = true;
      resolve(outcome);
    };
    locks
      .request(name, { ifAvailable: true }, async (lock) => {
        if (!lock) return answer({ kind: 'held', by: null });
        // The lock is held for as long as this callback's promise is pending.
        await new Promise<void>((release) => answer({ kind: 'acquired', lease: { lost: lost.signal, release: async () => release() } }));
      })
      .catch((err) => {
        if (!answered) reject(err);
        // After it was granted, a rejection means another context stole the lock: the run must stop.
        else if (!lost.signal.aborted) lost.abort(err);
      });
  });
}

async function withLeaseRecord(store: LceStore, runId: string, holder: string, options: LeaseOptions): Promise<LeaseOutcome> {
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  const db = dbOf(store);

  /** Writes our lease if it is free, expired or already ours; returns the holder that has it now. */
  const claim = async (mustHold: boolean): Promise<string> => {
    const tx = db.transaction('leases', 'readwrite');
    const current = await tx.store.get(runId);
    const free = !current || current.expiresAt <= now() || current.holder === holder;
    if (free && !(mustHold && current?.holder !== holder)) {
      const next: LeaseRecord = { runId, holder, expiresAt: now() + ttl };
      await Promise.all([tx.store.put(next), tx.done]);
      return holder;
    }
    await tx.done;
    return current?.holder ?? '';
  };

  const got = await claim(false);
  if (got !== holder) return { kind: 'held', by: got };
  const lost = new AbortController();
  const every = options.every ?? defaultEvery;
  // Renew three times per lifetime, so one late heartbeat does not lose the lease.
  const stop = every(Math.max(1, Math.floor(ttl / 3)), () => {
    void claim(true)
      .then((h) => {
        if (h !== holder) lose();
      })
      .catch(() => undefined);
  });
  const lose = () => {
    stop();
    lost.abort();
  };
  return {
    kind: 'acquired',
    lease: {
      lost: lost.signal,
      async release() {
        stop();
        const tx = db.transaction('leases', 'readwrite');
        const current = await tx.store.get(runId);
        await Promise.all([current?.holder === holder ? tx.store.delete(runId) : undefined, tx.done]);
      },
    },
  };
}
