// @ts-check
/**
 * Mutation testing of the modules of mutation/modules.json named by MUTATION_MODULES (comma-separated;
 * all when unset). Run it through `npm run test:mutation` (scripts/mutation.ts), which also merges a
 * partial run into the incremental file, scores each module and applies its goal and the list of
 * equivalent mutants (docs/mutation/equivalent.md). See docs/readme/testing.md.
 */
import { readFileSync } from 'node:fs';

const table = JSON.parse(readFileSync(new URL('./mutation/modules.json', import.meta.url), 'utf8'));
const all = Object.keys(table).filter((k) => !k.startsWith('/'));
const chosen = process.env.MUTATION_MODULES ? process.env.MUTATION_MODULES.split(',') : all;
const unknown = chosen.filter((name) => !all.includes(name));
if (unknown.length > 0) throw new Error(`MUTATION_MODULES names no module of mutation/modules.json: ${unknown.join(', ')} (modules: ${all.join(', ')}).`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: chosen.flatMap((name) => table[name].mutate),
  testRunner: 'vitest',
  // The unit project only; `related` runs just the test files that import a mutated file.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // A mutant that does not compile is discarded by tsc before any test runs.
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  // Only mutants in changed code, or covered by changed tests, run again; the rest come from this
  // file (committed; scripts/mutation.ts merges a run of some modules into it).
  incremental: true,
  incrementalFile: 'mutation/incremental.json',
  // Two cores: two runner/checker processes. A busy machine makes tests slow, not wrong, so a
  // mutant counts as timed out only well past its tests' normal time, and the first full run of
  // the related tests (real Pyodide among them) may take long.
  concurrency: 2,
  timeoutMS: 30_000,
  timeoutFactor: 2.5,
  dryRunTimeoutMinutes: 60,
  // The goals are applied per module by scripts/mutation.ts, after the listed equivalents are set aside.
  thresholds: { high: 80, low: 60, break: null },
  // event-recorder: each mutant's result lands in reports/mutation/events/ as it is tested, so the
  // survivors of a long run can be read (and killed) before it ends.
  reporters: ['clear-text', process.stdout.isTTY ? 'progress' : 'progress-append-only', 'html', 'json', 'event-recorder'],
  clearTextReporter: { allowColor: process.stdout.isTTY, logTests: false, reportScoreTable: true },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  eventReporter: { baseDir: 'reports/mutation/events' },
  ignorePatterns: ['dist', 'reports', 'coverage', 'training/.venv', 'mutation/incremental.json'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
