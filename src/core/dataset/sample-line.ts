/**
 * One line of a samples file (what `lce collect` writes, or another browser's download of its
 * samples) read as a `Sample` to store: JSON, upgraded from any earlier `SAMPLE_SCHEMA_VERSION`,
 * checked as strictly as an export checks it, plus what the store indexes. Untrusted input: a bad
 * line is a reason, never an exception.
 */
import { parseSample } from './parse-sample';
import { SAMPLE_SCHEMA_VERSION, type Sample } from './sample';
import { upgradeSample } from './sample-upgrade';

/** A sample ready to store (`upgradedFrom`: the older schema it was written in, else null), or why the line was left out. */
export type SampleLine = { kind: 'sample'; sample: Sample; upgradedFrom: number | null } | { kind: 'invalid'; reason: string };

const isCount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** What the store's rows read beyond what an export checks. */
function storageProblem(s: Sample): string | null {
  const usage = s.usage as unknown;
  if (typeof usage !== 'object' || usage === null) return '"usage" must be {promptTokens, completionTokens, …}';
  const u = usage as Record<string, unknown>;
  if (!isCount(u.promptTokens) || !isCount(u.completionTokens)) return '"usage.promptTokens" and "usage.completionTokens" must be numbers';
  if (s.attempt !== undefined && !(Number.isInteger(s.attempt) && s.attempt >= 0)) return '"attempt" must be a whole number';
  if (!Number.isFinite(Date.parse(s.createdAt))) return '"createdAt" must be a date';
  return null;
}

/** Reads one line's text (a line of blanks is the caller's to skip). */
export function readSampleLine(text: string): SampleLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { kind: 'invalid', reason: `not JSON, or cut short (${(err as Error).message})` };
  }
  const upgraded = upgradeSample(value);
  if (upgraded.kind === 'newer') return { kind: 'invalid', reason: `written by a newer version (sample schema ${upgraded.version}); update the playground` };
  if (upgraded.kind === 'invalid') return upgraded;
  const parsed = parseSample(upgraded.sample);
  if (parsed.kind === 'invalid') return parsed;
  const problem = storageProblem(parsed.sample);
  if (problem) return { kind: 'invalid', reason: problem };
  return { kind: 'sample', sample: parsed.sample, upgradedFrom: upgraded.from === SAMPLE_SCHEMA_VERSION ? null : upgraded.from };
}
