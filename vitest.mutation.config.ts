import { defineConfig } from 'vitest/config';

// The unit project alone, for Stryker (stryker.config.mjs): the mutation run never builds the app,
// starts Chromium (e2e project) or trains a model (the Python training smoke test, minutes per run).
// Also left out: tests that only drive the CLI in a child process, where no mutant is ever active
// (Stryker switches mutants inside its own test worker), so they could not kill one.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    exclude: ['tests/unit/dataset/training-smoke.test.ts', 'tests/unit/lce/solve-cli.test.ts', 'tests/unit/sandbox/exec-command.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
