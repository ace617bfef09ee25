/** The sympy checker over the real Node Pyodide runner, started before a file's tests and disposed after them. */
import { afterAll, beforeAll } from 'vitest';
import { createSympyChecker, type SymbolicChecker } from '../../src/core/critic';
import { createNodePythonRunner } from '../../src/sandbox/node/node-python-runner';

export function useSympyChecker(): SymbolicChecker {
  const runner = createNodePythonRunner();
  // A generous bound: the machine is shared and these tests check verdicts, not speed.
  const symbolic = createSympyChecker(runner, { timeoutMs: 30_000 });
  beforeAll(async () => {
    await symbolic.check([{ a: 'Integer(1)', b: 'Integer(1)', mode: 'equal' }]); // start Pyodide, import sympy
  }, 120_000);
  afterAll(() => runner.dispose());
  return symbolic;
}
