/**
 * Which files of a module a report has results for. A module mutated file by file over several
 * sittings is scored on the files done so far; this says how many are left, so that score is
 * never read as the module's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { matchesGlobs, type StrykerReport } from './mutation-report';

/** How complete a module's results are. */
export interface FileCoverage {
  /** Files of the module (on disk) with results in the report. */
  withResults: number;
  /** Files with results plus files with mutable code but none: the files a whole run would report. */
  total: number;
  /** Files of the module with mutants Stryker would make but no results in the report, and how many mutants. */
  notRun: { file: string; mutants: number }[];
  /** Files whose results were made from other source text than the file has now. */
  changed: string[];
  /** Files with results that are no longer on disk (their mutants still count until a run drops them). */
  gone: string[];
}

/**
 * The module's completeness in `report`. `onDisk`: the module's files now; `mutantCounts`: how many
 * mutants Stryker makes of each of them that the report lacks. A file with no mutable code (types,
 * re-exports) gets no mutants, and Stryker leaves it out of its report: it counts as done, not
 * missing. A file without a count is taken as missing.
 */
export function fileCoverage(report: StrykerReport, globs: readonly string[], onDisk: readonly string[], mutantCounts: ReadonlyMap<string, number>, sourceOf: (file: string) => string): FileCoverage {
  const present = new Set(onDisk);
  const withResults = onDisk.filter((file) => file in report.files);
  const notRun = onDisk.filter((file) => !(file in report.files) && (mutantCounts.get(file) ?? 1) > 0).map((file) => ({ file, mutants: mutantCounts.get(file) ?? 0 }));
  return {
    withResults: withResults.length,
    total: withResults.length + notRun.length,
    notRun,
    changed: withResults.filter((file) => report.files[file]!.source !== sourceOf(file)),
    gone: Object.keys(report.files).filter((file) => matchesGlobs(file, globs) && !present.has(file)),
  };
}

/**
 * The files under `root` that `globs` match (Stryker `mutate` patterns), as paths relative to it.
 * Only the folders the patterns start with are read.
 */
export function filesMatching(root: string, globs: readonly string[]): string[] {
  const bases = new Set(
    globs
      .filter((g) => !g.startsWith('!'))
      .map((g) => {
        const wild = g.search(/[*?[{]/);
        return wild < 0 ? g : g.slice(0, g.lastIndexOf('/', wild) + 1);
      }),
  );
  const found = new Set<string>();
  for (const base of bases) {
    const path = join(root, base);
    if (!existsSync(path)) continue;
    if (statSync(path).isFile()) found.add(base);
    else for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) if (entry.isFile()) found.add(join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'));
  }
  return [...found].filter((file) => matchesGlobs(file, globs)).sort();
}

/**
 * How many mutants Stryker would make of each file: its own instrumenter, with the options
 * stryker.config.mjs leaves at their defaults (no excluded mutators, no ignorers), so a file of
 * types only, or code Stryker never mutates, counts 0 exactly as a run would. Parsing only; no test runs.
 */
export async function countMutants(root: string, files: readonly string[]): Promise<Map<string, number>> {
  const quiet = () => {};
  const logger = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false, trace: quiet, debug: quiet, info: quiet, warn: quiet, error: quiet, fatal: quiet };
  const instrumenter = new Instrumenter(logger);
  const counts = new Map<string, number>();
  for (const file of files) {
    const { mutants } = await instrumenter.instrument([{ name: join(root, file), content: readFileSync(join(root, file), 'utf8'), mutate: true }], { plugins: null, excludedMutations: [], ignorers: [] });
    counts.set(file, mutants.length);
  }
  return counts;
}
