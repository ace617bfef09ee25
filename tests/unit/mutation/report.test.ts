import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { matchesGlobs, parseEquivalents, summarise, type ReportMutant, type StrykerReport } from '../../../scripts/mutation-report';

const SOURCE = ['export function pick(a: number, b: number): number {', '  if (a < b) return a;', "  return b || 0; // a | b", '}'].join('\n');

function mutant(id: string, status: string, line: number, column: [number, number], mutatorName: string, replacement: string): ReportMutant {
  return { id, status, mutatorName, replacement, location: { start: { line, column: column[0] }, end: { line, column: column[1] } } };
}

const report: StrykerReport = {
  files: {
    'src/pick.ts': {
      source: SOURCE,
      mutants: [
        mutant('1', 'Killed', 2, [7, 12], 'EqualityOperator', 'a <= b'),
        mutant('2', 'Survived', 2, [7, 12], 'EqualityOperator', 'a > b'),
        mutant('3', 'Survived', 3, [10, 16], 'LogicalOperator', 'b && 0'),
        mutant('4', 'NoCoverage', 3, [10, 16], 'ConditionalExpression', 'true'),
        mutant('5', 'Timeout', 2, [3, 23], 'BlockStatement', '{}'),
        mutant('6', 'CompileError', 2, [7, 12], 'BooleanLiteral', 'true'),
        mutant('7', 'Ignored', 2, [7, 12], 'EqualityOperator', 'a >= b'),
      ],
    },
  },
};

const LIST = `# Equivalent mutants

Some prose.

| Module | File | Line | Mutator | Replacement | Why |
| --- | --- | --- | --- | --- | --- |
| pick | src/pick.ts | \`return b \\|\\| 0; // a \\| b\` | LogicalOperator | \`b && 0\` | b is never 0 here, so both give b. |
| pick | src/pick.ts | \`if (a < b) return a;\` | EqualityOperator | \`a >= b\` | Listed, but this mutant is ignored, not surviving. |
| other | src/pick.ts | \`if (a < b) return a;\` | EqualityOperator | \`a > b\` | Another module's entry. |
`;

describe('parseEquivalents', () => {
  test('should read each row of the equivalent table, with code spans and escaped pipes undone', () => {
    expect(parseEquivalents(LIST)[0]).toEqual({
      module: 'pick',
      file: 'src/pick.ts',
      line: 'return b || 0; // a | b',
      mutator: 'LogicalOperator',
      replacement: 'b && 0',
      why: 'b is never 0 here, so both give b.',
    });
    expect(parseEquivalents(LIST)).toHaveLength(3);
  });

  test('should read the committed list without a malformed row', () => {
    const entries = parseEquivalents(readFileSync(new URL('../../../docs/mutation/equivalent.md', import.meta.url), 'utf8'));
    for (const e of entries) {
      expect(e.module, JSON.stringify(e)).toMatch(/^[a-z]+$/);
      expect(e.file, JSON.stringify(e)).toMatch(/^src\/.+\.ts$/);
      expect(e.why.trim().length, JSON.stringify(e)).toBeGreaterThan(10);
    }
  });
});

describe('summarise', () => {
  const summary = summarise(report, 'pick', ['src/pick.ts'], parseEquivalents(LIST));

  test('should count each status and leave rejected and ignored mutants out of the score', () => {
    expect(summary).toMatchObject({ mutants: 7, killed: 1, timeout: 1, survived: 2, noCoverage: 1, invalid: 1, ignored: 1 });
    // Detected 2 (killed + timeout) of 5 (plus 3 undetected).
    expect(summary.score).toBe(40);
  });

  test("should set aside only survivors listed for this module, and only in the score without equivalents", () => {
    expect(summary.equivalent).toBe(1);
    expect(summary.scoreWithoutEquivalents).toBe(50);
  });

  test('should name each unexplained survivor by file, line, mutator, original code and replacement', () => {
    expect(summary.unexplained).toEqual([
      { file: 'src/pick.ts', line: 2, mutator: 'EqualityOperator', original: 'a < b', replacement: 'a > b', status: 'Survived' },
      { file: 'src/pick.ts', line: 3, mutator: 'ConditionalExpression', original: 'b || 0', replacement: 'true', status: 'NoCoverage' },
    ]);
  });

  test('should report a listed mutant that no longer survives as stale', () => {
    expect(summary.stale.map((e) => e.replacement)).toEqual(['a >= b']);
  });

  test('should not call stale the entries of a file not mutated yet, nor count its mutants', () => {
    const notRun = summarise({ files: {} }, 'pick', ['src/pick.ts'], parseEquivalents(LIST), new Set(['src/pick.ts']));
    expect(notRun.stale).toEqual([]);
    expect(notRun.mutants).toBe(0);
  });

  test('should call stale an entry whose file is neither in the report nor waiting for a run (moved or misspelt)', () => {
    expect(summarise({ files: {} }, 'pick', ['src/pick.ts'], parseEquivalents(LIST), new Set(['src/other.ts'])).stale).toHaveLength(2);
  });

  test('should give 100 for a module without a mutant', () => {
    expect(summarise({ files: {} }, 'pick', ['src/**/*.ts'], []).score).toBe(100);
  });

  test("should count only the files of the module's patterns", () => {
    expect(summarise(report, 'pick', ['src/other/**/*.ts'], []).mutants).toBe(0);
  });
});

describe('matchesGlobs', () => {
  test.for([
    ['a file under a ** pattern', 'src/core/lce/solve.ts', ['src/core/lce/**/*.ts'], true],
    ['a file directly in the folder', 'src/core/answer/extract.ts', ['src/core/answer/**/*.ts'], true],
    ['a file of another folder with the same prefix', 'src/core/answers/x.ts', ['src/core/answer/**/*.ts'], false],
    ['an exact path', 'src/engine/openai/sse.ts', ['src/engine/openai/sse.ts'], true],
    ['a dot that is not any character', 'src/engine/openai/sseXts', ['src/engine/openai/sse.ts'], false],
    ['a file a later ! pattern takes out', 'src/core/lce/stop-scanner.ts', ['src/core/lce/**/*.ts', '!src/core/lce/stop-scanner.ts'], false],
    ['a folder a ! pattern takes out', 'src/ui/render/check/main.ts', ['src/ui/render/**/*.ts', '!src/ui/render/check/**'], false],
    ['a file * does not reach into a subfolder', 'src/a/b/c.ts', ['src/a/*.ts'], false],
  ] as const)('should match as Stryker does: %s', ([, file, globs, expected]) => {
    expect(matchesGlobs(file, globs)).toBe(expected);
  });
});
