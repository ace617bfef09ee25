/**
 * Putting Stryker reports together in the incremental file (mutation/incremental.json): a run of
 * some modules, or of some files of a module (`--mutate`), or reports of runs made apart
 * (`--merge`) replace the results of the files they cover; every other file keeps its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchesGlobs, type ReportMutant, type ReportTest, type ReportTestFile, type StrykerReport } from './mutation-report';

/**
 * The incremental file after `run`: its files and test files replace the old ones; the files
 * `ranGlobs` does not match keep their earlier results.
 *
 * Stryker numbers the tests of each run from 0 and a mutant names the tests that covered and
 * killed it by those numbers, so the ids of two runs collide. They are given anew here, one per
 * test of the merged test files, and each mutant's ids are carried over through the test's file
 * and name, much as Stryker's incremental mode matches tests. An id that no test of the merged files
 * has any more (its test file was replaced by a later run's, without that test), or that two tests
 * of `previous` share (files merged before ids were given anew), is dropped: Stryker then takes the
 * mutant's coverage as changed and tests it again, rather than reusing a result on a wrong test.
 */
export function mergeIncremental(previous: StrykerReport, run: StrykerReport, ranGlobs: readonly string[]): StrykerReport {
  const kept = Object.entries(previous.files).filter(([file]) => !matchesGlobs(file, ranGlobs) && !(file in run.files));
  const oldKeys = testKeysById(previous);
  const runKeys = testKeysById(run);
  const newIds = new Map<string, string>();
  let next = 0;
  const testFiles = Object.fromEntries(
    Object.entries({ ...previous.testFiles, ...run.testFiles }).map(([file, testFile]): [string, ReportTestFile] => [
      file,
      {
        ...testFile,
        tests: testFile.tests.map((test) => {
          const id = String(next++);
          if (!newIds.has(testKey(file, test))) newIds.set(testKey(file, test), id);
          return { ...test, id };
        }),
      },
    ]),
  );
  const renumber = (mutants: ReportMutant[], keys: Map<string, string | null>) =>
    mutants.map((m) => ({ ...m, ...ids('coveredBy', m.coveredBy, keys, newIds), ...ids('killedBy', m.killedBy, keys, newIds) }));
  const files = [...kept.map(([file, f]) => [file, { ...f, mutants: renumber(f.mutants, oldKeys) }] as const), ...Object.entries(run.files).map(([file, f]) => [file, { ...f, mutants: renumber(f.mutants, runKeys) }] as const)];
  return { ...run, files: Object.fromEntries(files), testFiles };
}

/**
 * A test's identity across runs: its file and name. Stryker's own also has the test's start, but
 * runs of the same test file do not all write one (vitest gives 1:1 or nothing), and the merged
 * entry is the one Stryker's next run compares with.
 */
function testKey(file: string, test: ReportTest): string {
  return `${file}\n${test.name}`;
}

/** Each test id of `report` with the test's identity; null for an id that two tests share. */
function testKeysById(report: StrykerReport): Map<string, string | null> {
  const keys = new Map<string, string | null>();
  for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) {
    for (const test of tests) keys.set(test.id, keys.has(test.id) ? null : testKey(file, test));
  }
  return keys;
}

function ids(field: 'coveredBy' | 'killedBy', old: string[] | undefined, keys: Map<string, string | null>, newIds: Map<string, string>): Partial<ReportMutant> {
  if (old === undefined) return {};
  return { [field]: old.flatMap((id) => newIds.get(keys.get(id) ?? '') ?? []) };
}

/** The incremental file after `--merge`, with notes for the reader, or why a report cannot go in. */
export type MergeOutcome = { kind: 'merged'; report: StrykerReport; notes: string[] } | { kind: 'error'; message: string };

/**
 * Reads the Stryker reports `names` (paths from `cwd`) and merges them into `previous`, later ones
 * winning; each replaces the results of what its run mutated (reportGlobs). The first report that
 * is missing, not a report, made with line ranges, or holds a file of no module (`moduleGlobs`)
 * stops it, so that nothing is merged. Notes name merged files whose source differs from `root`'s.
 */
export function mergeReportFiles(previous: StrykerReport | null, names: readonly string[], where: { root: string; cwd: string; moduleGlobs: readonly (readonly string[])[] }): MergeOutcome {
  let merged: StrykerReport = previous ?? { files: {}, testFiles: {} };
  const notes: string[] = [];
  for (const name of names) {
    const path = resolve(where.cwd, name);
    if (!existsSync(path)) return { kind: 'error', message: `${name}: no such file.` };
    const parsed = parseReport(readFileSync(path, 'utf8'));
    if (parsed.kind === 'invalid') return { kind: 'error', message: `${name}: ${parsed.reason}.` };
    const globs = reportGlobs(parsed.report);
    const ranged = lineRanged(globs);
    if (ranged.length > 0) return { kind: 'error', message: `${name}: made with line ranges (${ranged.join(', ')}), so it holds only part of a file's mutants.` };
    const foreign = Object.keys(parsed.report.files).filter((f) => !where.moduleGlobs.some((g) => matchesGlobs(f, g)));
    if (foreign.length > 0) return { kind: 'error', message: `${name}: ${foreign.join(', ')} belong${foreign.length === 1 ? 's' : ''} to no module of mutation/modules.json.` };
    for (const [file, { source }] of Object.entries(parsed.report.files)) {
      const onDisk = join(where.root, file);
      if (!existsSync(onDisk)) notes.push(`${file} (${name}): no longer on disk.`);
      else if (readFileSync(onDisk, 'utf8') !== source) notes.push(`${file} (${name}): made from other source than the file has now; its results are for that code until a run of it.`);
    }
    merged = mergeIncremental(merged, parsed.report, globs);
  }
  return { kind: 'merged', report: merged, notes };
}

/** The `--mutate` (or `-m`) list among the flags passed on to `stryker run`; null without one. */
export function mutateOption(flags: readonly string[]): string[] | null {
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    const inline = /^--mutate=(.*)$/.exec(flag);
    const value = inline ? inline[1] : flag === '--mutate' || flag === '-m' ? flags[i + 1] : undefined;
    if (value !== undefined) return value.split(',').map((p) => p.trim().replace(/^\.\//, '')).filter(Boolean);
  }
  return null;
}

/**
 * What a run replaces in the incremental file: the files its `--mutate` list names when the flags
 * have one (the rest of their module keeps its results), else the modules' patterns.
 */
export function ranPatterns(flags: readonly string[], moduleGlobs: readonly string[]): readonly string[] {
  return mutateOption(flags) ?? moduleGlobs;
}

/**
 * The patterns of `patterns` with a line range (`file.ts:10-20`, Stryker's syntax). A run of part
 * of a file reports only that part's mutants; merged, they would stand for the whole file.
 */
export function lineRanged(patterns: readonly string[]): string[] {
  return patterns.filter((p) => /:\d+(?::\d+)?-\d+(?::\d+)?$/.test(p));
}

/** What a report's run mutated: its `config.mutate` when Stryker wrote one, else the files it holds. */
export function reportGlobs(report: StrykerReport): string[] {
  const mutate = (report.config as { mutate?: unknown } | undefined)?.mutate;
  return Array.isArray(mutate) && mutate.every((p) => typeof p === 'string') ? (mutate as string[]) : Object.keys(report.files);
}

/** A Stryker JSON report read from `text`, or why it is not one. */
export function parseReport(text: string): { kind: 'report'; report: StrykerReport } | { kind: 'invalid'; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { kind: 'invalid', reason: `not JSON (${(e as Error).message})` };
  }
  if (!isObject(data) || !isObject(data.files)) return { kind: 'invalid', reason: 'no "files" object: not a Stryker JSON report (reports/mutation/mutation.json)' };
  for (const [file, entry] of Object.entries(data.files)) {
    if (!isObject(entry) || typeof entry.source !== 'string' || !Array.isArray(entry.mutants)) return { kind: 'invalid', reason: `files["${file}"] has no source text or no mutants list` };
    const bad = entry.mutants.findIndex((m) => !isObject(m) || typeof m.id !== 'string' || typeof m.status !== 'string' || typeof m.mutatorName !== 'string' || !isObject(m.location));
    if (bad >= 0) return { kind: 'invalid', reason: `files["${file}"].mutants[${bad}] lacks an id, status, mutator or location` };
  }
  if (data.testFiles !== undefined) {
    if (!isObject(data.testFiles)) return { kind: 'invalid', reason: '"testFiles" is not an object' };
    for (const [file, entry] of Object.entries(data.testFiles)) {
      if (!isObject(entry) || !Array.isArray(entry.tests) || !entry.tests.every((t) => isObject(t) && typeof t.id === 'string' && typeof t.name === 'string')) {
        return { kind: 'invalid', reason: `testFiles["${file}"] has no list of tests with ids and names` };
      }
    }
  }
  return { kind: 'report', report: data as StrykerReport };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
