/** Problem sets and their problems, stored once at import and read back in order by runs. */
import type { ImportResult } from '../core/problem';
import type { Problem } from '../core/problem/types';
import { dbOf, type LceStore } from './open';
import { issued, writeTx } from './write';
import type { ProblemSetOrigin, ProblemSetRecord } from './schema';

/** Problems added per step of the save transaction (a slice clones in a few milliseconds). */
const SAVE_SLICE = 500;

/** Bad lines kept with a set: enough to show and fix, bounded however broken the file was. */
export const KEPT_ISSUES = 200;

export interface NewProblemSet {
  name: string;
  /** The importer's `source` (the problem-id prefix). */
  source: string;
  licence?: string;
  origin: ProblemSetOrigin;
  result: ImportResult;
  /** Default: a random id. */
  id?: string;
  now?: Date;
}

function newId(): string {
  return `set-${crypto.randomUUID()}`;
}

/** Stores an imported set and its problems in one transaction. */
export async function saveProblemSet(store: LceStore, input: NewProblemSet): Promise<ProblemSetRecord> {
  const { result } = input;
  const record: ProblemSetRecord = {
    id: input.id ?? newId(),
    name: input.name,
    source: input.source,
    origin: { ...input.origin },
    format: result.format,
    shape: result.shape,
    count: result.problems.length,
    counts: { ...result.counts },
    issues: result.issues.slice(0, KEPT_ISSUES),
    importedAt: (input.now ?? new Date()).toISOString(),
    ...(input.licence ? { licence: input.licence } : {}),
  };
  await writeTx(store, ['problemSets', 'problems'], async (tx) => {
    const problems = tx.objectStore('problems');
    await issued(tx.objectStore('problemSets').add(record));
    // In slices, each awaited: issuing 85,000 adds at once cloned them all in one task and froze the
    // page for seconds. Awaiting a slice's requests keeps the one transaction open (it commits only
    // when nothing is pending) while the page paints between slices.
    for (let at = 0; at < result.problems.length; at += SAVE_SLICE) {
      const slice = result.problems.slice(at, at + SAVE_SLICE);
      await Promise.all(slice.map((problem, i) => issued(problems.add({ setId: record.id, index: at + i, problem }))));
    }
  });
  store.feed.publish({ type: 'problem-sets' });
  return record;
}

/** Every set, newest import first. */
export async function listProblemSets(store: LceStore): Promise<ProblemSetRecord[]> {
  return (await dbOf(store).getAllFromIndex('problemSets', 'importedAt')).reverse();
}

export async function getProblemSet(store: LceStore, setId: string): Promise<ProblemSetRecord | undefined> {
  return dbOf(store).get('problemSets', setId);
}

/** The problems of a set, in their order. */
export async function getProblems(store: LceStore, setId: string): Promise<Problem[]> {
  const records = await dbOf(store).getAll('problems', IDBKeyRange.bound([setId, 0], [setId, Infinity]));
  return records.map((r) => r.problem);
}

/** Deletes a set and its problems. Runs on it keep their samples (each sample holds its problem). */
export async function deleteProblemSet(store: LceStore, setId: string): Promise<void> {
  await writeTx(store, ['problemSets', 'problems'], async (tx) => {
    await Promise.all([tx.objectStore('problemSets').delete(setId), tx.objectStore('problems').delete(IDBKeyRange.bound([setId, 0], [setId, Infinity]))]);
  });
  store.feed.publish({ type: 'problem-sets' });
}
