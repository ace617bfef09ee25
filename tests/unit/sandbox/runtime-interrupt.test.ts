/**
 * The runtime's side of a stop: the host raises the interrupt byte at a deadline (or on abort) and
 * clears it after every call. A byte raised before a busy worker reached the cell is that cell's own
 * stop; the runtime must not clear it on entry, or the stop is lost and the host has to kill the
 * worker, losing the session. Real Pyodide, in this process, driven through the runtime directly.
 */
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, test } from 'vitest';
import { createSandboxRuntime, type SandboxRuntime } from '../../../src/sandbox/runtime/runtime';
import type { RawCellResult, RunOutcome } from '../../../src/sandbox/python-worker.api';

const SIGINT = 2;
const LIMITS = { session: 'interrupt', maxOutputBytes: 100_000 };
/** Finishes in well under a second when nothing stops it, so a lost stop shows as printed output. */
const BOUNDED_LOOP = 'n = 0\nfor _ in range(2_000_000):\n    n += 1\nprint(n)';

let py: PyodideAPI;
let runtime: SandboxRuntime;
let interrupt: Uint8Array;

function ran(outcome: RunOutcome): RawCellResult {
  if (outcome.kind !== 'ran') throw new Error(`the cell did not run: ${JSON.stringify(outcome)}`);
  return outcome.result;
}

beforeAll(async () => {
  py = await loadPyodide({ stdout: () => undefined, stderr: () => undefined });
  interrupt = new Uint8Array(new SharedArrayBuffer(1));
  runtime = createSandboxRuntime(py, { readPackageFile: async () => null, loadOnline: async (name) => `${name} is not available here` }, interrupt);
}, 120_000);

describe('the sandbox runtime', () => {
  describe('should honour a stop raised before the cell started', () => {
    test('for a loop that would otherwise finish and print', () => {
      expect(ran(runtime.run('kept = 5', LIMITS)).error).toBeNull();
      interrupt[0] = SIGINT;
      const stopped = ran(runtime.run(BOUNDED_LOOP, LIMITS));
      expect(stopped.error?.type).toBe('KeyboardInterrupt');
      expect(stopped.stdout).toBe('');
    });

    test('for a cell whose imports were prepared, which goes straight to Python', () => {
      interrupt[0] = SIGINT;
      const stopped = ran(runtime.run(BOUNDED_LOOP, { ...LIMITS, prepared: true }));
      expect(stopped.error?.type).toBe('KeyboardInterrupt');
      expect(stopped.stdout).toBe('');
    });

    test('for the next cell, which runs normally in the same session once the byte is cleared', () => {
      expect(interrupt[0]).toBe(0);
      const next = ran(runtime.run(`${BOUNDED_LOOP}\nprint(kept)`, LIMITS));
      expect(next.error).toBeNull();
      expect(next.stdout).toBe('2000000\n5\n');
    });
  });
});
