/**
 * Reads a stored or exported sample written by any earlier `SAMPLE_SCHEMA_VERSION` and returns it
 * in the current shape. The store runs it over every record when the database is upgraded; a JSONL
 * reader runs it per line. A record from a newer version is refused rather than guessed at.
 */
import { SAMPLE_SCHEMA_VERSION, type Sample } from './sample';

export type SampleUpgrade =
  | { kind: 'ok'; sample: Sample; from: number }
  | { kind: 'invalid'; reason: string }
  | { kind: 'newer'; version: number };

type Step = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * `STEPS[v]` turns a version-v record into a version v+1 record. One entry per bump, never edited
 * afterwards: a database written years ago must still read.
 */
const STEPS: Record<number, Step> = {
  // 1 → 2: runs arrived. A version-1 sample was a single solve, so it belongs to no run and has no
  // attempt number; nothing else changed meaning.
  1: (r) => ({ ...r, schema: 2 }),
};

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** What a record must have at any version to be a sample at all. */
function shapeProblem(r: Record<string, unknown>): string | null {
  if (typeof r.id !== 'string' || r.id === '') return 'no sample id';
  if (!isRecord(r.problem) || typeof r.problem.question !== 'string') return 'no problem with a question';
  if (typeof r.method !== 'string') return 'no method';
  if (!Array.isArray(r.blocks)) return 'no transcript blocks';
  return null;
}

/** Upgrades one record to the current schema, or says why it cannot be read. */
export function upgradeSample(raw: unknown): SampleUpgrade {
  if (!isRecord(raw)) return { kind: 'invalid', reason: 'a sample must be a JSON object' };
  const version = raw.schema;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', reason: `unknown sample schema ${JSON.stringify(version)}` };
  }
  if (version > SAMPLE_SCHEMA_VERSION) return { kind: 'newer', version };
  const bad = shapeProblem(raw);
  if (bad) return { kind: 'invalid', reason: bad };
  let record = raw;
  for (let v = version; v < SAMPLE_SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { kind: 'invalid', reason: `no upgrade from sample schema ${v}` };
    record = step(record);
  }
  return { kind: 'ok', sample: record as unknown as Sample, from: version };
}
