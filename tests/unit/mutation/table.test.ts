import { describe, expect, test } from 'vitest';
import type { FileCoverage } from '../../../scripts/mutation-files';
import type { ModuleSummary } from '../../../scripts/mutation-report';
import { TABLE_HEAD, tableRow, verdictOf } from '../../../scripts/mutation-table';

function summary(scoreWithoutEquivalents: number, mutants = 100): ModuleSummary {
  return { mutants, killed: 50, timeout: 1, survived: 20, noCoverage: 2, equivalent: 3, invalid: 24, ignored: 0, score: 69.9, scoreWithoutEquivalents, unexplained: [], stale: [] };
}
const whole: FileCoverage = { withResults: 3, total: 3, notRun: [], changed: [], gone: [] };
const partial: FileCoverage = { withResults: 2, total: 5, notRun: [{ file: 'src/c/a.ts', mutants: 1200 }, { file: 'src/c/b.ts', mutants: 34 }, { file: 'src/c/c.ts', mutants: 5 }], changed: [], gone: [] };

describe('verdictOf', () => {
  test.for([
    ['met by a module run whole', 70, 72, whole, 'met'],
    ['missed by a module run whole', 70, 61, whole, 'missed'],
    ['none for a module without a goal', null, 61, whole, 'no goal'],
    ['partial, not missed, for a module with files not run, whatever its score', 70, 61, partial, 'partial'],
    ['partial, not met, for a module with files not run', 70, 99, partial, 'partial'],
    ['partial for a module without a goal either', null, 99, partial, 'partial'],
  ] as const)('should give %s', ([, goal, score, files, expected]) => {
    expect(verdictOf(goal, summary(score), files)).toBe(expected);
  });

  test('should call a module without any mutant not run', () => {
    expect(verdictOf(70, summary(100, 0), null)).toBe('not run');
  });
});

describe('tableRow', () => {
  const cells = (row: string) => row.split('|').slice(1, -1).map((c) => c.trim());
  const headers = cells(TABLE_HEAD[0]!);

  test("should say how many of the module's files have results, and what is left, instead of a verdict", () => {
    const row = cells(tableRow('critic', 70, summary(61), partial));
    expect(row).toHaveLength(headers.length);
    expect(row[headers.indexOf('Files')]).toBe('2 of 5');
    expect(row[headers.indexOf('Without equivalents')]).toBe('61 % (partial: 3 files with 1,239 mutants not run; goal 70 % not judged)');
  });

  test('should judge the goal of a module run whole', () => {
    const row = cells(tableRow('critic', 70, summary(61), whole));
    expect(row[headers.indexOf('Files')]).toBe('3 of 3');
    expect(row[headers.indexOf('Without equivalents')]).toBe('61 % (goal 70 %: missed)');
    expect(cells(tableRow('critic', 70, summary(72), whole))[headers.indexOf('Without equivalents')]).toBe('72 % (goal 70 %)');
  });

  test('should give a module not run no figures', () => {
    const row = cells(tableRow('prompt', null, summary(100, 0), null));
    expect(row).toHaveLength(headers.length);
    expect(row.slice(-2)).toEqual(['not run', 'not run']);
  });
});
