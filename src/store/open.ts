/**
 * Opens the app's database, running the versioned upgrades it lacks. The handle is opaque: the
 * repository functions in this folder are the only way in, so no caller ever holds a transaction.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { StorageError } from '../core/errors';
import type { StorageLike } from '../engine/webllm/model-cache';
import { createChangeFeed, type ChangeFeed } from './change-feed';
import { DB_NAME, DB_VERSION, UPGRADES, type LceDb } from './schema';

/** An open database. Pass it to the repository functions; `feed` tells of changes made by any tab. */
export interface LceStore {
  readonly name: string;
  readonly feed: ChangeFeed;
  /** Closes the connection and the feed. */
  close(): void;
}

export interface OpenStoreOptions {
  /** Database name (tests and benchmarks use their own). */
  name?: string;
  /** Open at an older version: only for tests that write a database as an earlier release did. */
  version?: number;
  /** Where usage and quota are read for the storage-full sentence (default `navigator.storage`). */
  storage?: StorageLike;
  /** Another tab opened a newer version: this connection was closed; the page should reload. */
  onVersionChange?(): void;
  /** This open waits for an older tab to let go of the database. */
  onBlocked?(): void;
}

interface Internal {
  db: IDBPDatabase<LceDb>;
  storage: StorageLike | undefined;
}

const internals = new WeakMap<LceStore, Internal>();

/** The connection behind a handle; for the repository functions of this folder only. */
export function dbOf(store: LceStore): IDBPDatabase<LceDb> {
  const internal = internals.get(store);
  if (!internal) throw new StorageError('this database handle was not made by openStore.');
  return internal.db;
}

/** The storage estimate port of a handle (null in Node or where the browser has none). */
export function storageOf(store: LceStore): StorageLike | undefined {
  return internals.get(store)?.storage;
}

function defaultStorage(): StorageLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageLike } }).navigator?.storage;
}

/** Opens (creating or upgrading) the database. Throws `StorageError` with a sentence when it cannot. */
export async function openStore(options: OpenStoreOptions = {}): Promise<LceStore> {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  if (typeof indexedDB === 'undefined') throw new StorageError('this browser offers no IndexedDB here (some private windows turn it off). Use a normal window.');
  let upgradeFailure: unknown = null;
  let db: IDBPDatabase<LceDb>;
  try {
    db = await openDB<LceDb>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        // Steps only await IndexedDB requests, so the upgrade transaction stays alive between them.
        void (async () => {
          for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) await UPGRADES[v]!(database, tx);
        })().catch((err) => {
          upgradeFailure = err;
          tx.abort();
        });
      },
      blocked: () => options.onBlocked?.(),
      blocking: () => {
        // A newer version wants the database: let go, or it waits for this tab forever.
        db.close();
        options.onVersionChange?.();
      },
    });
  } catch (err) {
    if (upgradeFailure) throw new StorageError(`upgrading it to version ${version} failed (${(upgradeFailure as Error).message}); nothing was changed.`);
    if ((err as { name?: string }).name === 'VersionError') {
      throw new StorageError('a newer version of this app has already upgraded it. Reload the page to get the new version.');
    }
    throw new StorageError((err as Error).message ?? String(err));
  }
  const feed = createChangeFeed(name);
  const store: LceStore = {
    name,
    feed,
    close() {
      db.close();
      feed.close();
    },
  };
  internals.set(store, { db, storage: options.storage ?? defaultStorage() });
  return store;
}
