import { defineConfig } from 'vitest/config';

// The unit project alone, for Stryker (stryker.config.mjs): the mutation run never builds the app,
// starts Chromium (e2e project) or trains a model (the Python training smoke test, minutes per run).
// Also left out: tests that only drive the CLI in a child process, where no mutant is ever active
// (Stryker switches mutants inside its own test worker), so they could not kill one. collect.test.ts
// is such a file (its one import, planRun, only lists the ids a run must end with); its SIGINT test
// also outran its 240 s limit in the answer dry run while another mutation run shared the two cores.
// MUTATION_TESTS (space-separated globs) narrows the run to those test files. On a busy machine a
// module that the slow tests also reach (the solve loop with real Pyodide, the CLI) can be scored
// against its own tests first: fewer tests kill fewer mutants, so that score is a lower bound.
const only = process.env.MUTATION_TESTS?.split(/\s+/).filter(Boolean);

export default defineConfig({
  test: {
    include: only && only.length > 0 ? only : ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    exclude: ['tests/unit/dataset/training-smoke.test.ts', 'tests/unit/lce/solve-cli.test.ts', 'tests/unit/sandbox/exec-command.test.ts', 'tests/unit/cli/collect.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
