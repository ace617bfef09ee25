/**
 * Results of every run on one problem set, per model version × method, and the versions in the
 * order they were first run — what the results table, the charts and the D0 → D1 → D2 comparison
 * show. A version is the run's model tag *with* its label: the same server model name retrained
 * between rounds ("D1 after one DPO round") is another version.
 */
import { modelKey, summarise, type ModelTag, type ResultRow, type SampleOutcome } from '../../../core/collect';
import { METHODS } from '../../../core/transcript';
import { listRuns, storedOutcomes, type LceStore, type RunRecord } from '../../../store';

export interface ModelVersion {
  key: string;
  /** What the page calls it: the user's label, else the model id (and quantisation). */
  label: string;
  tag: ModelTag;
  runIds: string[];
  /** When its first run on this set was created (versions are ordered by it). */
  firstRunAt: string;
}

export interface SetResults {
  versions: ModelVersion[];
  /** One row per version × method; `row.model` is the version's key. */
  rows: ResultRow[];
  runs: RunRecord[];
}

/** The key of a run's model version: the model tag and the user's label. */
export function versionKey(tag: ModelTag): string {
  return `${modelKey(tag)}|${tag.label?.trim() ?? ''}`;
}

/** The name a version goes by in tables and charts. */
export function versionLabel(tag: ModelTag): string {
  if (tag.label?.trim()) return tag.label.trim();
  return tag.quantization && !tag.id.includes(tag.quantization) ? `${tag.id} (${tag.quantization})` : tag.id;
}

/** The versions of `runs`, oldest first, each with its runs. */
export function versionsOf(runs: readonly RunRecord[]): ModelVersion[] {
  const byKey = new Map<string, ModelVersion>();
  for (const run of [...runs].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const key = versionKey(run.spec.model);
    const v = byKey.get(key);
    if (v) v.runIds.push(run.id);
    else byKey.set(key, { key, label: versionLabel(run.spec.model), tag: run.spec.model, runIds: [run.id], firstRunAt: run.createdAt });
  }
  // Two versions may share a label (the same label typed twice for different weights): tell them apart.
  const seen = new Map<string, number>();
  for (const v of byKey.values()) {
    const n = (seen.get(v.label) ?? 0) + 1;
    seen.set(v.label, n);
    if (n > 1) v.label = `${v.label} #${n}`;
  }
  return [...byKey.values()];
}

/** Summarises outcomes grouped by model version (the outcome's `model` replaced by its run's version key). */
export function summariseByVersion(runs: readonly RunRecord[], outcomesByRun: ReadonlyMap<string, readonly SampleOutcome[]>): ResultRow[] {
  const all: SampleOutcome[] = [];
  for (const run of runs) {
    const key = versionKey(run.spec.model);
    for (const o of outcomesByRun.get(run.id) ?? []) all.push({ ...o, model: key });
  }
  return summarise(all);
}

/** Reads every run on `setId` and its stored outcomes, and summarises them. */
export async function loadSetResults(store: LceStore, setId: string): Promise<SetResults> {
  const runs = await listRuns(store, { setId });
  const outcomes = new Map<string, readonly SampleOutcome[]>();
  for (const run of runs) outcomes.set(run.id, await storedOutcomes(store, run.id));
  const versions = versionsOf(runs);
  const order = new Map(versions.map((v, i) => [v.key, i]));
  // Oldest version first, methods in their usual order: a table that reads the same every time.
  const rows = summariseByVersion(runs, outcomes).sort((a, b) => order.get(a.model)! - order.get(b.model)! || METHODS.indexOf(a.method) - METHODS.indexOf(b.method));
  return { versions, rows, runs };
}
