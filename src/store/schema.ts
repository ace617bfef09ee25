/**
 * The one IndexedDB schema of the app and its versioned upgrades. Records are plain data (they are
 * structured-cloned in and out); only src/store sees a transaction.
 *
 * History (each step runs once, in order, on a database that is older):
 *   1  problem sets, problems, runs, full samples, settings
 *   2  `rows`: one slim outcome per sample, indexed for the Data view and results; `leases` for
 *      the two-tab run lease; samples upgraded to SAMPLE_SCHEMA_VERSION 2
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { RunSpec, SampleOutcome } from '../core/collect';
import type { Sample } from '../core/dataset/sample';
import type { ImportCounts, ImportIssue, ProblemFileFormat } from '../core/problem';
import type { Problem } from '../core/problem/types';
import { upgradeStoredSamples } from './upgrade-samples';

export const DB_NAME = 'lce-playground';
export const DB_VERSION = 2;

/** Where a problem set came from, for the list and for citing it. */
export interface ProblemSetOrigin {
  kind: 'file' | 'paste' | 'url' | 'bundled';
  name?: string;
  url?: string;
}

export interface ProblemSetRecord {
  id: string;
  name: string;
  /** Prefix of its problem ids, e.g. `gsm8k`. */
  source: string;
  licence?: string;
  origin: ProblemSetOrigin;
  format: ProblemFileFormat;
  /** The dataset shape recognised at import (gsm8k, math, svamp, …) or `mapped`. */
  shape: string;
  /** Problems kept (= `counts.kept`). */
  count: number;
  counts: ImportCounts;
  /** The importer's issues (bad, merged, renamed lines), the first `KEPT_ISSUES` of them. */
  issues: ImportIssue[];
  importedAt: string;
}

export interface ProblemRecord {
  setId: string;
  /** Position in the set, from 0: the order a run walks it in. */
  index: number;
  problem: Problem;
}

export type RunStatus = 'running' | 'paused' | 'finished' | 'cancelled' | 'failed';

export interface RunRecord {
  id: string;
  spec: RunSpec;
  setName: string;
  status: RunStatus;
  /** Attempts in the plan (problems × methods × k). */
  total: number;
  createdAt: string;
  updatedAt: string;
  /** Why it failed, as the sentence the runner gave. */
  error?: { name: string; message: string };
}

/** A sample's outcome as stored beside it; `setId` is null for a sample made outside a run. */
export interface SampleRow extends SampleOutcome {
  setId: string | null;
  /** −(creation time in ms): ascending order is newest first. */
  newest: number;
}

export interface LeaseRecord {
  runId: string;
  holder: string;
  expiresAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface LceDb extends DBSchema {
  problemSets: { key: string; value: ProblemSetRecord; indexes: { importedAt: string } };
  problems: { key: [string, number]; value: ProblemRecord };
  runs: { key: string; value: RunRecord; indexes: { createdAt: string; setId: string } };
  samples: { key: string; value: Sample };
  rows: {
    key: string;
    value: SampleRow;
    indexes: { [K in RowIndexName]: IDBValidKey[] };
  };
  leases: { key: string; value: LeaseRecord };
  settings: { key: string; value: SettingRecord };
}

export type LceStoreName = StoreNames<LceDb>;
type UpgradeTx = IDBPTransaction<LceDb, LceStoreName[], 'versionchange'>;

/**
 * The row indexes: each lists its equality fields, then `newest` and `id`, so every key is unique
 * and ascending order is newest first. A page is a `getAll` from just after the previous page's
 * last key (no cursor, no offset). A record whose fields hold null (no run, no set) is simply
 * absent from the indexes that name them.
 */
export const ROW_INDEXES = {
  all: [],
  run: ['runId'],
  runMethodVerdict: ['runId', 'method', 'verdict'],
  set: ['setId'],
  setMethodVerdict: ['setId', 'method', 'verdict'],
  model: ['model'],
  modelMethodVerdict: ['model', 'method', 'verdict'],
  method: ['method'],
  verdict: ['verdict'],
  methodVerdict: ['method', 'verdict'],
} as const satisfies Record<string, ReadonlyArray<'runId' | 'setId' | 'model' | 'method' | 'verdict'>>;

export type RowIndexName = keyof typeof ROW_INDEXES;

/** The steps, by the version they create. Never edit a step that shipped: add the next one. */
export const UPGRADES: Record<number, (db: IDBPDatabase<LceDb>, tx: UpgradeTx) => Promise<void>> = {
  1: async (db) => {
    db.createObjectStore('problemSets', { keyPath: 'id' }).createIndex('importedAt', 'importedAt');
    db.createObjectStore('problems', { keyPath: ['setId', 'index'] });
    const runs = db.createObjectStore('runs', { keyPath: 'id' });
    runs.createIndex('createdAt', 'createdAt');
    runs.createIndex('setId', 'spec.setId');
    db.createObjectStore('samples', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  2: async (db, tx) => {
    const rows = db.createObjectStore('rows', { keyPath: 'id' });
    for (const [name, fields] of Object.entries(ROW_INDEXES)) rows.createIndex(name as RowIndexName, [...fields, 'newest', 'id']);
    db.createObjectStore('leases', { keyPath: 'runId' });
    await upgradeStoredSamples(tx);
  },
};
