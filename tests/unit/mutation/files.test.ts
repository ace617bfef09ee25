import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countMutants, fileCoverage, filesMatching } from '../../../scripts/mutation-files';
import type { StrykerReport } from '../../../scripts/mutation-report';

/** A throwaway repository with `files` (path → text). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mutation-files-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('countMutants', () => {
  const root = tree({
    'src/m/types.ts': "/** A verdict. */\nexport type Method = 'rule' | 'llm';\nexport interface Verdict {\n  equal: boolean | null;\n}\n",
    'src/m/index.ts': "export { pick } from './pick';\nexport type { Verdict } from './types';\n",
    'src/m/pick.ts': 'export function pick(a: number, b: number): number {\n  return a < b ? a : b;\n}\n',
  });

  test('should find no mutant in a file of types or one of re-exports, as a Stryker run would', async () => {
    const counts = await countMutants(root, ['src/m/types.ts', 'src/m/index.ts']);
    expect(counts).toEqual(new Map([['src/m/types.ts', 0], ['src/m/index.ts', 0]]));
  });

  test('should find the mutants of a file with code', async () => {
    // The block, the condition forced both ways, and `<` turned into `<=` and `>=`.
    expect((await countMutants(root, ['src/m/pick.ts'])).get('src/m/pick.ts')).toBe(5);
  });
});

describe('filesMatching', () => {
  const root = tree({ 'src/m/a.ts': '', 'src/m/sub/b.ts': '', 'src/m/notes.md': '', 'src/m/check/c.ts': '', 'src/mm/d.ts': '', 'src/e.ts': '' });

  test("should list the files a module's patterns take, without those a ! pattern takes out", () => {
    expect(filesMatching(root, ['src/m/**/*.ts', '!src/m/check/**'])).toEqual(['src/m/a.ts', 'src/m/sub/b.ts']);
  });

  test('should take exact paths, and ignore patterns that match nothing', () => {
    expect(filesMatching(root, ['src/e.ts', 'src/m/sub/b.ts', 'src/none.ts', 'src/gone/**/*.ts'])).toEqual(['src/e.ts', 'src/m/sub/b.ts']);
  });
});

describe('fileCoverage', () => {
  const report: StrykerReport = {
    files: {
      'src/m/done.ts': { source: 'done', mutants: [] },
      'src/m/edited.ts': { source: 'before', mutants: [] },
      'src/m/deleted.ts': { source: 'x', mutants: [] },
      'src/other/elsewhere.ts': { source: 'y', mutants: [] },
    },
  };
  const onDisk = ['src/m/done.ts', 'src/m/edited.ts', 'src/m/todo.ts', 'src/m/types.ts'];
  const sources: Record<string, string> = { 'src/m/done.ts': 'done', 'src/m/edited.ts': 'after' };
  const coverage = fileCoverage(report, ['src/m/**/*.ts'], onDisk, new Map([['src/m/todo.ts', 40], ['src/m/types.ts', 0]]), (f) => sources[f]!);

  test('should count a file with mutants but no results as not run, with its mutants', () => {
    expect(coverage.notRun).toEqual([{ file: 'src/m/todo.ts', mutants: 40 }]);
    expect([coverage.withResults, coverage.total]).toEqual([2, 3]);
  });

  test('should count a file without mutable code as done, though Stryker leaves it out of its report', () => {
    expect(coverage.notRun.map((f) => f.file)).not.toContain('src/m/types.ts');
  });

  test('should take a file with no count as not run', () => {
    expect(fileCoverage(report, ['src/m/**/*.ts'], ['src/m/done.ts', 'src/m/new.ts'], new Map(), () => 'done').notRun).toEqual([{ file: 'src/m/new.ts', mutants: 0 }]);
  });

  test('should name files whose results are for other source, and files no longer on disk', () => {
    expect(coverage.changed).toEqual(['src/m/edited.ts']);
    expect(coverage.gone).toEqual(['src/m/deleted.ts']);
  });
});
