import { defineConfig } from 'vitest/config';

// The unit project alone, for Stryker (stryker.config.mjs): the mutation run never builds the app,
// starts Chromium (e2e project) or trains a model (the Python training smoke test, minutes per run).
// Also left out: tests that only drive the CLI in a child process, where no mutant is ever active
// (Stryker switches mutants inside its own test worker), so they could not kill one. cli/collect
// is one (it imports only planRun in process, to name the expected ids); `related` picks it up
// through src/core/collect → lce, and its 240 s SIGINT test timed out in lce's dry run under load.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    exclude: ['tests/unit/dataset/training-smoke.test.ts', 'tests/unit/lce/solve-cli.test.ts', 'tests/unit/cli/collect.test.ts', 'tests/unit/sandbox/exec-command.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
