import { afterAll, beforeAll } from 'vitest';
import { createNodePythonRunner, type NodePythonRunner, type NodePythonRunnerOptions } from '../../../src/sandbox/node/node-python-runner';

/**
 * One real Node runner for a test file, started before its tests and disposed after them.
 * Offline, with a generous grace so a busy machine cannot turn an interrupt into a terminate
 * (timing is the bench's job): 8 s, as 3 s was outrun once in a CI run on two loaded cores (the
 * interrupt travels host → sandbox process → Python thread, and each hop waits for a CPU). Construction is lazy, so calling this at collection time is free.
 */
export function useTestRunner(options: NodePythonRunnerOptions = {}): NodePythonRunner {
  const runner = createNodePythonRunner({ online: false, graceMs: 8000, ...options });
  // A fresh clone first compiles the package zips (once, shared by all files).
  beforeAll(() => runner.start(), 300_000);
  afterAll(() => runner.dispose());
  return runner;
}
