import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lineRanged, mergeIncremental, mergeReportFiles, mutateOption, parseReport, ranPatterns, reportGlobs } from '../../../scripts/mutation-merge';
import type { ReportMutant, StrykerReport } from '../../../scripts/mutation-report';

const file = (source: string, mutants: ReportMutant[] = []) => ({ source, mutants });
const killed = (id: string, killedBy: string[], coveredBy = killedBy): ReportMutant => ({
  id,
  mutatorName: 'BooleanLiteral',
  status: 'Killed',
  killedBy,
  coveredBy,
  location: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } },
});
const tests = (...names: [string, string][]) => ({ tests: names.map(([id, name]) => ({ id, name })) });

/** The names of the tests a mutant's ids point to in `report`, as Stryker's next run reads them. */
function testNames(report: StrykerReport, ids: string[] | undefined): string[] {
  const byId = new Map(Object.entries(report.testFiles ?? {}).flatMap(([f, { tests }]) => tests.map((t) => [t.id, `${f}: ${t.name}`] as const)));
  return (ids ?? []).map((id) => byId.get(id) ?? `no test ${id}`);
}

describe('mergeIncremental', () => {
  test('should replace the files of the modules that ran and keep the others', () => {
    const previous: StrykerReport = { schemaVersion: '2', files: { 'src/a/x.ts': file('old a'), 'src/a/gone.ts': file('deleted'), 'src/b/y.ts': file('old b') }, testFiles: { 't/a.test.ts': tests(['0', 'old']), 't/b.test.ts': tests(['1', 'b']) } };
    const run: StrykerReport = { schemaVersion: '3', files: { 'src/a/x.ts': file('new a') }, testFiles: { 't/a.test.ts': tests(['0', 'new']) } };
    const merged = mergeIncremental(previous, run, ['src/a/**/*.ts']);
    expect(merged.schemaVersion).toBe('3');
    expect(merged.files).toEqual({ 'src/b/y.ts': file('old b'), 'src/a/x.ts': file('new a') });
    expect(Object.fromEntries(Object.entries(merged.testFiles!).map(([f, t]) => [f, t.tests.map((x) => x.name)]))).toEqual({ 't/a.test.ts': ['new'], 't/b.test.ts': ['b'] });
  });

  describe("should keep the module's other files when the run mutated some files of it (--mutate)", () => {
    const previous: StrykerReport = { files: { 'src/c/one.ts': file('old one'), 'src/c/two.ts': file('two'), 'src/c/three.ts': file('three') } };
    const run: StrykerReport = { files: { 'src/c/one.ts': file('new one') } };

    test('for a run of one file and one without mutants', () => {
      const ran = ranPatterns(['--mutate', 'src/c/one.ts,src/c/types.ts'], ['src/c/**/*.ts']);
      const merged = mergeIncremental(previous, run, ran);
      expect(Object.keys(merged.files).sort()).toEqual(['src/c/one.ts', 'src/c/three.ts', 'src/c/two.ts']);
      expect(merged.files['src/c/one.ts']).toEqual(file('new one'));
    });

    test('but not for a run of the whole module, which drops the files it no longer reports', () => {
      expect(Object.keys(mergeIncremental(previous, run, ranPatterns(['--force'], ['src/c/**/*.ts'])).files)).toEqual(['src/c/one.ts']);
    });
  });

  test('should give the tests of separate runs ids of their own, each mutant still naming the tests that killed and covered it', () => {
    // Both runs numbered their tests from 0: "0" is a different test in each.
    const previous: StrykerReport = { files: { 'src/c/one.ts': file('one', [killed('0', ['1'], ['0', '1'])]) }, testFiles: { 't/one.test.ts': tests(['0', 'first'], ['1', 'second']) } };
    const run: StrykerReport = { files: { 'src/c/two.ts': file('two', [killed('0', ['0'])]) }, testFiles: { 't/two.test.ts': tests(['0', 'other']) } };
    const merged = mergeIncremental(previous, run, ['src/c/two.ts']);
    const one = merged.files['src/c/one.ts']!.mutants[0]!;
    const two = merged.files['src/c/two.ts']!.mutants[0]!;
    expect(testNames(merged, one.killedBy)).toEqual(['t/one.test.ts: second']);
    expect(testNames(merged, one.coveredBy)).toEqual(['t/one.test.ts: first', 't/one.test.ts: second']);
    expect(testNames(merged, two.killedBy)).toEqual(['t/two.test.ts: other']);
    const ids = Object.values(merged.testFiles!).flatMap((t) => t.tests.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("should point a kept mutant at the run's copy of its test when the run replaced that test file", () => {
    const previous: StrykerReport = { files: { 'src/c/one.ts': file('one', [killed('0', ['3'])]) }, testFiles: { 't/shared.test.ts': tests(['3', 'kills one']) } };
    const run: StrykerReport = { files: { 'src/c/two.ts': file('two') }, testFiles: { 't/shared.test.ts': tests(['0', 'added since'], ['1', 'kills one']) } };
    const merged = mergeIncremental(previous, run, ['src/c/two.ts']);
    expect(testNames(merged, merged.files['src/c/one.ts']!.mutants[0]!.killedBy)).toEqual(['t/shared.test.ts: kills one']);
  });

  test('should drop an id whose test the replacing test file no longer has, or that two tests share, rather than name a wrong test', () => {
    const previous: StrykerReport = {
      files: { 'src/c/one.ts': file('one', [killed('0', ['5', '7'])]) },
      testFiles: { 't/shared.test.ts': tests(['5', 'renamed since']), 't/a.test.ts': tests(['7', 'a']), 't/b.test.ts': tests(['7', 'b']) },
    };
    const run: StrykerReport = { files: {}, testFiles: { 't/shared.test.ts': tests(['0', 'new name']) } };
    const mutant = mergeIncremental(previous, run, []).files['src/c/one.ts']!.mutants[0]!;
    expect(mutant.killedBy).toEqual([]);
    expect(mutant.coveredBy).toEqual([]);
  });

  test('should leave out coverage fields a mutant did not have', () => {
    const bare: ReportMutant = { id: '0', mutatorName: 'X', status: 'Survived', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } };
    expect(mergeIncremental({ files: {} }, { files: { 'src/x.ts': file('x', [bare]) } }, []).files['src/x.ts']!.mutants[0]).toEqual(bare);
  });
});

describe('mutateOption', () => {
  test.for([
    ['--mutate a,b', ['--force', '--mutate', 'src/a.ts,./src/b.ts'], ['src/a.ts', 'src/b.ts']],
    ['--mutate=', ['--mutate=src/c/**/*.ts'], ['src/c/**/*.ts']],
    ['-m', ['-m', 'src/a.ts', '--concurrency', '1'], ['src/a.ts']],
    ['no --mutate', ['--force', '--concurrency', '1'], null],
  ] as const)('should read the list Stryker is given: %s', ([, flags, expected]) => {
    expect(mutateOption(flags)).toEqual(expected);
  });
});

describe('lineRanged', () => {
  test("should pick out the patterns with Stryker's line ranges only", () => {
    expect(lineRanged(['src/a.ts', 'src/b.ts:21-24', 'src/c.ts:1:5-2:8', 'src/d/**/*.ts'])).toEqual(['src/b.ts:21-24', 'src/c.ts:1:5-2:8']);
  });
});

describe('reportGlobs', () => {
  test("should take what the run mutated from the report's config, else its files", () => {
    expect(reportGlobs({ files: { 'src/a.ts': file('a') }, config: { mutate: ['src/a.ts', 'src/types.ts'] } })).toEqual(['src/a.ts', 'src/types.ts']);
    expect(reportGlobs({ files: { 'src/a.ts': file('a') } })).toEqual(['src/a.ts']);
  });
});

describe('parseReport', () => {
  test.for([
    ['text that is not JSON', '{"files":', /not JSON/],
    ['JSON without files', '{"schemaVersion":"1.0"}', /no "files" object/],
    ['a file without source', '{"files":{"src/a.ts":{"mutants":[]}}}', /files\["src\/a.ts"\] has no source/],
    ['a mutant without a status', '{"files":{"src/a.ts":{"source":"","mutants":[{"id":"0","mutatorName":"X","location":{}}]}}}', /mutants\[0\] lacks/],
    ['tests without names', '{"files":{},"testFiles":{"t.ts":{"tests":[{"id":"0"}]}}}', /testFiles\["t.ts"\]/],
  ] as const)('should say what is wrong with %s', ([, text, reason]) => {
    const parsed = parseReport(text);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.reason).toMatch(reason);
  });

  test('should read a report Stryker wrote', () => {
    const text = JSON.stringify({ files: { 'src/a.ts': file('a', [killed('0', ['0'])]) }, testFiles: { 't.ts': tests(['0', 't']) } });
    expect(parseReport(text)).toEqual({ kind: 'report', report: JSON.parse(text) });
  });
});

describe('mergeReportFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'mutation-merge-'));
  mkdirSync(join(root, 'src', 'c'), { recursive: true });
  writeFileSync(join(root, 'src', 'c', 'one.ts'), 'one now');
  writeFileSync(join(root, 'src', 'c', 'two.ts'), 'two');
  const write = (name: string, report: unknown) => writeFileSync(join(root, name), typeof report === 'string' ? report : JSON.stringify(report));
  write('one.json', { files: { 'src/c/one.ts': file('one then', [killed('0', ['0'])]) }, testFiles: { 't.ts': tests(['0', 'first run']) }, config: { mutate: ['src/c/one.ts'] } });
  write('two.json', { files: { 'src/c/two.ts': file('two', [killed('0', ['0'])]) }, testFiles: { 't.ts': tests(['0', 'new test'], ['1', 'first run']) } });
  write('broken.json', '{"files": 3}');
  write('ranged.json', { files: { 'src/c/two.ts': file('two') }, config: { mutate: ['src/c/two.ts:1-2'] } });
  write('foreign.json', { files: { 'lib/x.ts': file('x') } });
  const where = { root, cwd: root, moduleGlobs: [['src/c/**/*.ts']] };
  const previous: StrykerReport = { files: { 'src/c/three.ts': file('three') }, testFiles: {} };

  test("should merge each report's files into the previous ones, and note a file whose source has changed since its run", () => {
    const merged = mergeReportFiles(previous, ['one.json', 'two.json'], where);
    expect(merged.kind).toBe('merged');
    if (merged.kind !== 'merged') return;
    expect(Object.keys(merged.report.files).sort()).toEqual(['src/c/one.ts', 'src/c/three.ts', 'src/c/two.ts']);
    expect(testNames(merged.report, merged.report.files['src/c/one.ts']!.mutants[0]!.killedBy)).toEqual(['t.ts: first run']);
    expect(testNames(merged.report, merged.report.files['src/c/two.ts']!.mutants[0]!.killedBy)).toEqual(['t.ts: new test']);
    expect(merged.notes).toEqual([expect.stringMatching(/^src\/c\/one.ts \(one.json\): made from other source/)]);
  });

  test.for([
    ['a missing file', 'none.json', /^none.json: no such file/],
    ['a file that is not a report', 'broken.json', /^broken.json: no "files" object/],
    ['a report of line ranges', 'ranged.json', /^ranged.json: made with line ranges \(src\/c\/two.ts:1-2\)/],
    ['a report of files of no module', 'foreign.json', /^foreign.json: lib\/x.ts belongs to no module/],
  ] as const)('should stop at %s, after a good report, with nothing merged', ([, bad, message]) => {
    const before = JSON.stringify(previous);
    const merged = mergeReportFiles(previous, ['one.json', bad], where);
    expect(merged).toEqual({ kind: 'error', message: expect.stringMatching(message) });
    expect(JSON.stringify(previous)).toBe(before);
  });
});
