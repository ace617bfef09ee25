/** The manifest of the public problem sets shipped with the app (public/problems/sets.json). */

export interface BundledSet {
  /** File beside the manifest. */
  file: string;
  name: string;
  /** The importer's `source` (problem-id prefix). */
  source: string;
  licence: string;
  count: number;
  /** Where the lines come from, unchanged. */
  upstream: string;
}

/** Reads the manifest, or says what is wrong with it. */
export function parseBundledSets(json: unknown): { kind: 'ok'; sets: BundledSet[] } | { kind: 'invalid'; reason: string } {
  const sets = (json as { sets?: unknown } | null)?.sets;
  if (!Array.isArray(sets)) return { kind: 'invalid', reason: 'the manifest has no "sets" list' };
  for (const [i, s] of sets.entries()) {
    const r = s as Partial<Record<keyof BundledSet, unknown>>;
    for (const key of ['file', 'name', 'source', 'licence', 'upstream'] as const) {
      if (typeof r[key] !== 'string' || r[key] === '') return { kind: 'invalid', reason: `set ${i + 1} has no ${key}` };
    }
    if (!Number.isInteger(r.count)) return { kind: 'invalid', reason: `set ${i + 1} has no count` };
    if (!/^[\w.-]+\.jsonl$/.test(r.file as string)) return { kind: 'invalid', reason: `set ${i + 1}: "${String(r.file)}" is not a file name beside the manifest` };
  }
  return { kind: 'ok', sets: sets as BundledSet[] };
}
